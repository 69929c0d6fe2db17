import {
  Button,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { passwordProblem, type UserRow } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

/** An admin sets someone's password (a new colleague, a forgotten one); their sessions end. */
export function SetPasswordDialog({
  user,
  onClose,
}: {
  user: UserRow | null;
  onClose: () => void;
}) {
  const { run, pending } = useChange();
  const [password, setPassword] = useState("");
  const error = password ? passwordProblem(password) : undefined;

  function close() {
    setPassword("");
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    const done = await run(
      () => call("users.setPassword", { id: user.id, password }),
      () => `${user.name} has a new password.`,
    );
    if (done) close();
  }

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={user ? `Password for ${user.name}` : ""}
    >
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Tell it to them in person; they can change it under Settings. Their
            open sessions end now.
          </Text>
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            data-autofocus
            required
            value={password}
            error={error}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={pending}
              disabled={!!error || !password}
            >
              Set password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
