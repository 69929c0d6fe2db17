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
import { passwordProblem } from "../../../../shared/contract";
import type { Role } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { roleOptions } from "./role-options";

/** Adds a person; in team mode with the password they will change themselves after signing in. */
export function AddUserForm({ teamMode }: { teamMode: boolean }) {
  const { run, pending } = useChange();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("dispatcher");
  const [password, setPassword] = useState("");
  const passwordError =
    teamMode && password ? passwordProblem(password) : undefined;

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
      (user) => `${user.name} was added.`,
    );
    if (created) {
      setName("");
      setEmail("");
      setPassword("");
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add a person">
      <Stack gap="xs">
        <Text fw={500} size="sm">
          Add a person
        </Text>
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label="Email address"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Select
            label="Role"
            data={roleOptions}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value as Role)}
            w={180}
          />
          {teamMode && (
            <PasswordInput
              label="First password"
              required
              autoComplete="new-password"
              value={password}
              error={passwordError}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          )}
          <Button type="submit" loading={pending} disabled={!!passwordError}>
            Add
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
