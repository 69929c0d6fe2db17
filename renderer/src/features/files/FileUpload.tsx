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
import { useTranslation } from "react-i18next";
import { fileFolders, type FileFolder } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { formatMegabytes, formatNumber } from "../../components/format";
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
  const { t } = useTranslation(["files", "domain"]);
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
          t("upload.tooLarge", {
            name: file.name,
            size: formatMegabytes(file.size),
            limit: formatNumber(limit / 1024 / 1024, 0),
          }),
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

  const folderName = t(`domain:folder.${folder}`);
  return (
    <Stack gap="xs">
      <Select
        label={t("upload.folder")}
        data={fileFolders.map((f) => ({
          value: f,
          label: t(`domain:folder.${f}`),
        }))}
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
            ...rejections.map((r) =>
              t(
                r.file.name.toLowerCase().endsWith(".heic")
                  ? "upload.notAcceptedHeic"
                  : "upload.notAccepted",
                { name: r.file.name },
              ),
            ),
          ])
        }
        loading={progress !== null}
        accept={["image/jpeg", "image/png", "image/webp", "application/pdf"]}
        aria-label={t("upload.dropzone", { folder: folderName })}
        inputProps={{
          "aria-label": t("upload.input", { folder: folderName }),
        }}
        p="md"
        maw={720}
      >
        <Group gap="sm" wrap="nowrap" style={{ pointerEvents: "none" }}>
          <IconUpload size={28} stroke={1.4} />
          <div>
            <Text size="sm">{t("upload.drop")}</Text>
            <Text size="xs" c="dimmed">
              {t("upload.dropHint")}
            </Text>
          </div>
        </Group>
      </Dropzone>
      {progress && (
        <Stack gap={4} maw={720} aria-live="polite">
          <Text size="xs">
            {t("upload.adding", {
              current: progress.done + 1,
              total: progress.total,
              name: progress.current,
            })}
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
          title={t("upload.notAdded", { count: problems.length })}
          maw={720}
          role="alert"
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
            <CloseButton
              aria-label={t("upload.dismiss")}
              onClick={() => setProblems([])}
            />
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
