import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Modal } from "../../components/Modal";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { EmptyNote } from "../../components/EmptyNote";
import { formatInstant, formatMegabytes } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { BackupCheckNote } from "./BackupCheckNote";

/** The admins' backups: take one now, see the kept ones, restore one at the next start. */
export function BackupsPanel() {
  const { t } = useTranslation(["settings", "common"]);
  // Asked again while a backup is being checked, until its check says how it went.
  const backups = useOperation(
    "backups.list",
    {},
    {
      refreshMs: (list) =>
        list?.some((b) => b.check === "checking") ? 1500 : false,
    },
  );
  const { run, pending } = useChange();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restartNote, setRestartNote] = useState<string | null>(null);
  const titleId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="md"
      radius="md"
      maw={720}
    >
      <Group justify="space-between" mb="xs">
        <Title id={titleId} order={2} size="h4">
          {t("backups.title")}
        </Title>
        <Button
          size="xs"
          loading={pending}
          onClick={() =>
            void run(
              () => call("backups.create", {}),
              (b) => t("backups.taken", { name: b.name }),
            )
          }
        >
          {t("backups.now")}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t("backups.intro")}
      </Text>
      {restartNote && (
        <Alert color="orange" mb="sm" title={t("backups.restartTitle")}>
          {restartNote}
        </Alert>
      )}
      {!backups.data ? (
        <LoadState
          error={backups.error}
          retry={() => void backups.refetch()}
          label={t("backups.loading")}
        />
      ) : backups.data.length === 0 ? (
        <EmptyNote>{t("backups.empty")}</EmptyNote>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("backups.column.taken")}</Table.Th>
              <Table.Th>{t("backups.column.kind")}</Table.Th>
              <Table.Th>{t("backups.column.size")}</Table.Th>
              <Table.Th>{t("backups.column.check")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{formatInstant(b.takenAt)}</Table.Td>
                <Table.Td>{t(`backups.kind.${b.kind}`)}</Table.Td>
                <Table.Td>{formatMegabytes(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <BackupCheckNote backup={b} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRestoring(b)}
                  >
                    {t("backups.restore")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t("backups.dialogTitle")}
      >
        {restoring && (
          <Stack gap="sm">
            <Text size="sm">
              {t("backups.explain", {
                when: formatInstant(restoring.takenAt),
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRestoring(null)}>
                {t("common:cancel")}
              </Button>
              <Button
                color="red"
                loading={pending}
                onClick={() =>
                  void run(
                    () => call("backups.restore", { name: restoring.name }),
                    () => t("backups.prepared"),
                  ).then((result) => {
                    if (result)
                      setRestartNote(
                        t(result.message.key, result.message.values),
                      );
                    setRestoring(null);
                  })
                }
              >
                {t("backups.confirm")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
