import {
  Alert,
  CloseButton,
  Group,
  List,
  Progress,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { IconUpload } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fileFolders, type FileFolder } from "../../../../shared/domain";
import { folderLabels } from "../../../../shared/labels";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { readBase64 } from "./read-base64";

interface Progress {
  done: number;
  total: number;
  current: string;
}

/**
 * Adds files to one of the order's folders: drop them here or pick them (Electron shows its
 * native dialog). Each file is checked by the core; a refusal is listed and stays until dismissed.
 */
export function FileUpload({ orderId }: { orderId: number }) {
  const [folder, setFolder] = useState<FileFolder>("finished_product");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const policy = useOperation("settings.policy", {});
  const queryClient = useQueryClient();
  const limit = policy.data?.maxFileBytes ?? Infinity;

  async function add(files: File[]) {
    const refused: string[] = [];
    for (const [index, file] of files.entries()) {
      setProgress({ done: index, total: files.length, current: file.name });
      if (file.size > limit) {
        refused.push(
          `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; files up to ${(limit / 1024 / 1024).toFixed(0)} MB are accepted.`,
        );
        continue;
      }
      try {
        await call("files.import", {
          orderId,
          folder,
          name: file.name,
          dataBase64: await readBase64(file),
        });
      } catch (error) {
        refused.push(error instanceof Error ? error.message : String(error));
      }
    }
    setProgress(null);
    // Earlier refusals stay until dismissed.
    setProblems((earlier) => [...earlier, ...refused]);
    await queryClient.invalidateQueries();
  }

  return (
    <Stack gap="xs">
      <Select
        label="Add to folder"
        data={fileFolders.map((f) => ({ value: f, label: folderLabels[f] }))}
        value={folder}
        onChange={(value) => value && setFolder(value as FileFolder)}
        allowDeselect={false}
        w={260}
        size="sm"
      />
      <Dropzone
        onDrop={(files) => void add(files)}
        onReject={(rejections) =>
          setProblems((earlier) => [
            ...earlier,
            ...rejections.map(
              (r) =>
                `"${r.file.name}" is not a JPEG, PNG or WebP photo or a PDF${r.file.name.toLowerCase().endsWith(".heic") ? " (HEIC: export it as JPEG first)" : ""}.`,
            ),
          ])
        }
        loading={progress !== null}
        accept={["image/jpeg", "image/png", "image/webp", "application/pdf"]}
        aria-label={`Add files to ${folderLabels[folder]}`}
        inputProps={{
          "aria-label": `Choose files for ${folderLabels[folder]}`,
        }}
        p="md"
        maw={720}
      >
        <Group gap="sm" wrap="nowrap" style={{ pointerEvents: "none" }}>
          <IconUpload size={28} stroke={1.4} />
          <div>
            <Text size="sm">
              Drop photos or PDFs here, or click to choose them.
            </Text>
            <Text size="xs" c="dimmed">
              Photos: JPEG, PNG or WebP. Drawings and signed slips may also be
              PDFs. Each file is checked by its content.
            </Text>
          </div>
        </Group>
      </Dropzone>
      {progress && (
        <Stack gap={4} maw={720} aria-live="polite">
          <Text size="xs">
            Adding {progress.done + 1} of {progress.total}: {progress.current}
          </Text>
          <Progress
            value={Math.max(10, (progress.done / progress.total) * 100)}
            size="sm"
            striped
            animated
          />
        </Stack>
      )}
      {problems.length > 0 && (
        <Alert
          color="red"
          title={`${problems.length} file${problems.length > 1 ? "s were" : " was"} not added`}
          maw={720}
          role="alert"
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
            <CloseButton aria-label="Dismiss" onClick={() => setProblems([])} />
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
