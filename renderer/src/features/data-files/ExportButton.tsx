import { Button, Menu, Stack, Text } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { notifications } from "@mantine/notifications";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ExportInput, FileFormat } from "../../../../shared/contract";
import { ApiFailure, call } from "../../api/client";
import { saveDownload } from "../../api/save-file";
import { JobProgressBar } from "./JobProgressBar";
import { useJob } from "./use-job";

export type ListInput = DistributiveOmit<ExportInput, "format" | "jobId">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown
  ? Omit<T, K>
  : never;

/** "Export" on a list: the list as filtered and sorted on screen, to CSV or Excel. */
export function ExportButton({ list }: { list: ListInput }) {
  const { t } = useTranslation("imports");
  const job = useJob();
  const start = async (format: FileFormat) => {
    try {
      const file = await job.run((jobId) =>
        call("exports.create", { ...list, format, jobId } as ExportInput),
      );
      if ((await saveDownload(file)) !== "saved") return;
      notifications.show({
        color: "green",
        message: t("export.done", { count: file.rows, name: file.fileName }),
      });
    } catch (error) {
      notifications.show({
        color:
          error instanceof ApiFailure && error.code === "RULE" ? "gray" : "red",
        title: t("export.failed"),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            loading={job.running}
          >
            {t("export.button")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void start("xlsx")}>
            {t("export.xlsx")}
          </Menu.Item>
          <Menu.Item onClick={() => void start("csv")}>
            {t("export.csv")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={job.slow}
        onClose={job.cancel}
        title={t("export.title")}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t("export.writing")}</Text>
          <JobProgressBar progress={job.progress} onCancel={job.cancel} />
        </Stack>
      </Modal>
    </>
  );
}
