import { Button, Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { JobProgress } from "../../../../shared/contract";
import { formatCount } from "../../components/format";

/** How far an import or export has come, with a way to stop it. */
export function JobProgressBar({
  progress,
  onCancel,
}: {
  progress: JobProgress | null;
  onCancel(): void;
}) {
  const { t } = useTranslation("imports");
  const share =
    progress && progress.total > 0
      ? Math.round((progress.done / progress.total) * 100)
      : null;
  return (
    <Group gap="sm" wrap="nowrap" aria-live="polite">
      <Progress
        value={share ?? 100}
        animated={share === null}
        striped={share === null}
        flex={1}
        aria-label={t("job.progress")}
      />
      <Text size="sm" c="dimmed" miw={160}>
        {progress
          ? t(`job.phase.${progress.phase}`, {
              done: formatCount(progress.done),
              total: formatCount(progress.total),
            })
          : t("job.starting")}
      </Text>
      <Button size="xs" variant="default" onClick={onCancel}>
        {t("job.cancel")}
      </Button>
    </Group>
  );
}
