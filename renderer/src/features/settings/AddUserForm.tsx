import {
  Button,
  Group,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useRoleOptions } from "./role-options";
import { usePasswordProblem } from "./use-password-problem";

/** Adds a person; in team mode with the password they will change themselves after signing in. */
export function AddUserForm({ teamMode }: { teamMode: boolean }) {
  const { t } = useTranslation("settings");
  const { run, pending } = useChange();
  const roleOptions = useRoleOptions();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("dispatcher");
  const [password, setPassword] = useState("");
  const problem = usePasswordProblem(password);
  const passwordError = teamMode ? problem : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await run(
      () =>
        call("users.create", {
          name: name.trim(),
          email: email.trim(),
          role,
          password: teamMode ? password : undefined,
        }),
      (user) => t("addUser.added", { name: user.name }),
    );
    if (created) {
      setName("");
      setEmail("");
      setPassword("");
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("addUser.title")}>
      <Stack gap="xs">
        <Text fw={500} size="sm">
          {t("addUser.title")}
        </Text>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t("addUser.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t("addUser.email")}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Select
            label={t("addUser.role")}
            data={roleOptions}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value as Role)}
            w={180}
          />
          {teamMode && (
            <PasswordInput
              label={t("addUser.firstPassword")}
              required
              autoComplete="new-password"
              value={password}
              error={passwordError}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          )}
          <Button type="submit" loading={pending} disabled={!!passwordError}>
            {t("addUser.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
