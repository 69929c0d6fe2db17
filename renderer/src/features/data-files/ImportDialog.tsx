import { Alert, Button, Group, Stack, Table, Text } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { Dropzone } from "@mantine/dropzone";
import { notifications } from "@mantine/notifications";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  FileFormat,
  ImportKind,
  ImportPreview,
  ImportProblem,
} from "../../../../shared/contract";
import { ApiFailure, call } from "../../api/client";
import { saveDownload } from "../../api/save-file";
import { formatCount, formatMegabytes } from "../../components/format";
import { readBase64 } from "../files/read-base64";
import { JobProgressBar } from "./JobProgressBar";
import { useJob } from "./use-job";

const maxBytes = 50 * 1024 * 1024;

interface Chosen {
  name: string;
  size: number;
  dataBase64: string;
}

/**
 * Brings partners, customers or orders in from a spreadsheet: a template to start from, a dry run
 * that lists every problem by row and column, then everything in one go, or nothing.
 */
export function ImportDialog({
  kind,
  opened,
  onClose,
}: {
  kind: ImportKind;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation("imports");
  const queryClient = useQueryClient();
  const job = useJob();
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setRefusal(null);
    setProblems([]);
  };
  const close = () => {
    if (job.running) job.cancel();
    reset();
    onClose();
  };

  const check = async (picked: File) => {
    reset();
    if (picked.size > maxBytes) {
      setRefusal(t("import.tooLarge", { size: formatMegabytes(picked.size) }));
      return;
    }
    const chosen = {
      name: picked.name,
      size: picked.size,
      dataBase64: await readBase64(picked),
    };
    setFile(chosen);
    try {
      const result = await job.run((jobId) =>
        call("imports.preview", {
          kind,
          fileName: chosen.name,
          dataBase64: chosen.dataBase64,
          jobId,
        }),
      );
      setPreview(result);
      setProblems(result.problems);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };

  const apply = async () => {
    if (!file) return;
    try {
      const result = await job.run((jobId) =>
        call("imports.apply", {
          kind,
          fileName: file.name,
          dataBase64: file.dataBase64,
          jobId,
        }),
      );
      notifications.show({
        color: "green",
        message: t("import.done", {
          created: formatCount(result.created),
          updated: formatCount(result.updated),
          unchanged: formatCount(result.unchanged),
        }),
      });
      await queryClient.invalidateQueries();
      close();
    } catch (error) {
      if (error instanceof ApiFailure && Array.isArray(error.details))
        setProblems(error.details as ImportProblem[]);
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };

  const template = async (format: FileFormat) => {
    try {
      await saveDownload(await call("imports.template", { kind, format }));
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };

  const changes = preview ? preview.create + preview.update : 0;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(`import.title.${kind}`)}
      size="xl"
      centered
    >
      <Stack gap="sm">
        <Text size="sm">{t(`import.intro.${kind}`)}</Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t("import.template")}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => void template("xlsx")}
          >
            {t("export.xlsx")}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => void template("csv")}
          >
            {t("export.csv")}
          </Button>
        </Group>
        <Dropzone
          onDrop={(files) => files[0] && void check(files[0])}
          multiple={false}
          loading={job.running}
          aria-label={t("import.dropzone")}
          inputProps={{ "aria-label": t("import.input") }}
          p="md"
        >
          <Group gap="sm" wrap="nowrap" style={{ pointerEvents: "none" }}>
            <IconFileSpreadsheet size={28} stroke={1.4} />
            <div>
              <Text size="sm">
                {file
                  ? t("import.chosen", { name: file.name })
                  : t("import.drop")}
              </Text>
              <Text size="xs" c="dimmed">
                {t("import.dropHint")}
              </Text>
            </div>
          </Group>
        </Dropzone>
        {job.slow && (
          <JobProgressBar progress={job.progress} onCancel={job.cancel} />
        )}
        {refusal && (
          <Alert color="red" title={t("import.refused")}>
            {refusal}
          </Alert>
        )}
        {preview && !job.running && (
          <ImportSummary preview={preview} problems={problems} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("import.close")}
          </Button>
          <Button
            onClick={() => void apply()}
            disabled={
              !preview || problems.length > 0 || changes === 0 || job.running
            }
            loading={job.running && preview !== null}
          >
            {preview
              ? t("import.apply", { count: changes })
              : t("import.applyNothingYet")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ImportSummary({
  preview,
  problems,
}: {
  preview: ImportPreview;
  problems: ImportProblem[];
}) {
  const { t } = useTranslation("imports");
  const hidden = preview.problemCount - problems.length;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} aria-live="polite">
        {t("import.summary", {
          count: preview.rows,
          rows: formatCount(preview.rows),
          create: formatCount(preview.create),
          update: formatCount(preview.update),
          unchanged: formatCount(preview.unchanged),
        })}
      </Text>
      {preview.columns.ignored.length > 0 && (
        <Text size="xs" c="dimmed">
          {t("import.ignored", { columns: preview.columns.ignored.join(", ") })}
        </Text>
      )}
      {problems.length > 0 && (
        <Alert
          color="orange"
          title={t("import.problems", { count: preview.problemCount })}
        >
          <Table.ScrollContainer minWidth={500} mah={280}>
            <Table striped verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>{t("import.column.row")}</Table.Th>
                  <Table.Th w={180}>{t("import.column.column")}</Table.Th>
                  <Table.Th>{t("import.column.problem")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{p.row ?? "—"}</Table.Td>
                    <Table.Td>{p.column ?? "—"}</Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {hidden > 0 && (
            <Text size="xs" mt={4}>
              {t("import.moreProblems", { count: hidden })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
