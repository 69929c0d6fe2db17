import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import type { Role } from "../../../../shared/domain";
import { roleLabels } from "../../../../shared/labels";
import type { UserRow } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { useUser } from "../../app/auth-context";
import { LoadState } from "../../components/LoadState";
import { AddUserForm } from "./AddUserForm";
import { roleOptions } from "./role-options";
import { SetPasswordDialog } from "./SetPasswordDialog";

/** The admin's people: roles, who may sign in, and (in team mode) their passwords. */
export function UsersPanel({ teamMode }: { teamMode: boolean }) {
  const users = useOperation("users.list", {});
  const me = useUser();
  const { run, pending } = useChange();
  const [passwordFor, setPasswordFor] = useState<UserRow | null>(null);

  const update = (
    user: UserRow,
    change: { role?: Role; active?: boolean },
    message: string,
  ) =>
    void run(
      () => call("users.update", { id: user.id, ...change }),
      () => message,
    );

  return (
    <Paper withBorder p="md" radius="md" maw={900}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            People
          </Title>
          <Text size="sm" c="dimmed">
            Who may sign in and with which role. A change of role or a
            deactivation signs the person out at once.
          </Text>
        </div>
        {!users.data ? (
          <LoadState
            error={users.error}
            retry={() => void users.refetch()}
            label="the people"
          />
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email address</Table.Th>
                <Table.Th w={190}>Role</Table.Th>
                <Table.Th w={90}>Active</Table.Th>
                {teamMode && <Table.Th w={200}>Password</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    {user.name}
                    {user.id === me.id && (
                      <Badge ml="xs" size="xs" variant="light">
                        you
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Role of ${user.name}`}
                      data={roleOptions}
                      value={user.role}
                      allowDeselect={false}
                      disabled={pending}
                      onChange={(value) =>
                        value &&
                        value !== user.role &&
                        update(
                          user,
                          { role: value as Role },
                          `${user.name} is now ${roleLabels[value as Role].toLowerCase()}.`,
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`${user.name} may sign in`}
                      checked={user.active}
                      disabled={pending}
                      onChange={(e) =>
                        update(
                          user,
                          { active: e.currentTarget.checked },
                          e.currentTarget.checked
                            ? `${user.name} may sign in again.`
                            : `${user.name} can no longer sign in.`,
                        )
                      }
                    />
                  </Table.Td>
                  {teamMode && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text
                          size="sm"
                          c={user.hasPassword ? undefined : "red.8"}
                        >
                          {user.hasPassword ? "Set" : "Not set"}
                        </Text>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setPasswordFor(user)}
                          aria-label={`Set a password for ${user.name}`}
                        >
                          Set…
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddUserForm teamMode={teamMode} />
      </Stack>
      <SetPasswordDialog
        user={passwordFor}
        onClose={() => setPasswordFor(null)}
      />
    </Paper>
  );
}
