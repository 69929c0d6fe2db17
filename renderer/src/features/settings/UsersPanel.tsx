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
import { useTranslation } from "react-i18next";
import type { Role } from "../../../../shared/domain";
import type { UserRow } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { useUser } from "../../app/auth-context";
import { LoadState } from "../../components/LoadState";
import { AddUserForm } from "./AddUserForm";
import { useRoleOptions } from "./role-options";
import { SetPasswordDialog } from "./SetPasswordDialog";

/** The admin's people: roles, who may sign in, and (in team mode) their passwords. */
export function UsersPanel({ teamMode }: { teamMode: boolean }) {
  const { t } = useTranslation(["settings", "domain"]);
  const roleOptions = useRoleOptions();
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
            {t("users.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("users.intro")}
          </Text>
        </div>
        {!users.data ? (
          <LoadState
            error={users.error}
            retry={() => void users.refetch()}
            label={t("users.loading")}
          />
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("users.column.name")}</Table.Th>
                <Table.Th>{t("users.column.email")}</Table.Th>
                <Table.Th w={190}>{t("users.column.role")}</Table.Th>
                <Table.Th w={90}>{t("users.column.active")}</Table.Th>
                {teamMode && (
                  <Table.Th w={200}>{t("users.column.password")}</Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    {user.name}
                    {user.id === me.id && (
                      <Badge ml="xs" size="xs" variant="light">
                        {t("users.you")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t("users.roleOf", { name: user.name })}
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
                          t("users.roleChanged", {
                            name: user.name,
                            role: t(
                              `domain:role.${value as Role}`,
                            ).toLowerCase(),
                          }),
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={t("users.maySignIn", { name: user.name })}
                      checked={user.active}
                      disabled={pending}
                      onChange={(e) =>
                        update(
                          user,
                          { active: e.currentTarget.checked },
                          e.currentTarget.checked
                            ? t("users.activated", { name: user.name })
                            : t("users.deactivated", { name: user.name }),
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
                          {user.hasPassword
                            ? t("users.passwordSet")
                            : t("users.passwordNotSet")}
                        </Text>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setPasswordFor(user)}
                          aria-label={t("users.setPasswordFor", {
                            name: user.name,
                          })}
                        >
                          {t("users.setPassword")}
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
