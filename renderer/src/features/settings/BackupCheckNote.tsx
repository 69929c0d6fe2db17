import { Group, Loader, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../../../../shared/contract";

/** How a backup's quick_check went: being checked, checked, damaged (with what was found), or never finished. */
export function BackupCheckNote({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation("settings");
  const label = t(`backups.check.${backup.check}`);
  switch (backup.check) {
    case "checking":
      return (
        <Group gap={6} wrap="nowrap">
          <Loader size={12} aria-hidden />
          <Text size="sm">{label}</Text>
        </Group>
      );
    case "ok":
      return (
        <Text size="sm" c="teal.9">
          {label}
        </Text>
      );
    case "damaged":
      return (
        <Tooltip label={backup.problem} multiline maw={360} withArrow>
          <Text size="sm" c="red.9" fw={600} tabIndex={0}>
            {label}
          </Text>
        </Tooltip>
      );
    case "unchecked":
      return (
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      );
  }
}
