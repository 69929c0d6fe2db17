import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import type { BackupInfo } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { EmptyNote } from "../../components/EmptyNote";
import { formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";

const kindLabels: Record<BackupInfo["kind"], string> = {
  daily: "Daily",
  manual: "On demand",
  "before-restore": "Kept before a restore",
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The admins' backups: take one now, see the kept ones, restore one at the next start. */
export function BackupsPanel() {
  const backups = useOperation("backups.list", {});
  const { run, pending } = useChange();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restartNote, setRestartNote] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Backups
        </Title>
        <Button
          size="xs"
          loading={pending}
          onClick={() =>
            void run(
              () => call("backups.create", {}),
              (b) => `Backup ${b.name} taken and checked.`,
            )
          }
        >
          Back up now
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        A checked copy of the database and its files is taken every day; the
        policy above says how many are kept.
      </Text>
      {restartNote && (
        <Alert color="orange" mb="sm" title="Restart to restore">
          {restartNote}
        </Alert>
      )}
      {!backups.data ? (
        <LoadState
          error={backups.error}
          retry={() => void backups.refetch()}
          label="the backups"
        />
      ) : backups.data.length === 0 ? (
        <EmptyNote>
          No backups yet. The first daily one is taken today.
        </EmptyNote>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Taken</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{formatInstant(b.takenAt)}</Table.Td>
                <Table.Td>{kindLabels[b.kind]}</Table.Td>
                <Table.Td>{megabytes(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRestoring(b)}
                  >
                    Restore…
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
        title="Restore a backup"
      >
        {restoring && (
          <Stack gap="sm">
            <Text size="sm">
              The console&apos;s data goes back to{" "}
              {formatInstant(restoring.takenAt)}. Everything changed since then
              is set aside as a backup of its own, not lost. The restore happens
              when the console starts again.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRestoring(null)}>
                Cancel
              </Button>
              <Button
                color="red"
                loading={pending}
                onClick={() =>
                  void run(
                    () => call("backups.restore", { name: restoring.name }),
                    () => "Restore prepared.",
                  ).then((result) => {
                    if (result) setRestartNote(result.message);
                    setRestoring(null);
                  })
                }
              >
                Restore at the next start
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
