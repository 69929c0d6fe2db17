import {
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Title,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { passwordProblem } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

/** Team mode: one's own password, with the current one; other sessions of this person end. */
export function ChangePasswordForm() {
  const { run, pending } = useChange();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const nextError = next ? passwordProblem(next) : undefined;
  const repeatError =
    repeat && repeat !== next ? "Type the same new password twice." : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await run(
      () => call("auth.changePassword", { current, next }),
      () => "Your password was changed; your other sessions were signed out.",
    );
    if (done) {
      setCurrent("");
      setNext("");
      setRepeat("");
    }
  }

  return (
    <Paper withBorder p="md" radius="md" maw={520}>
      <form onSubmit={(e) => void submit(e)} aria-label="Change your password">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Your password
          </Title>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={next}
            error={nextError}
            onChange={(e) => setNext(e.currentTarget.value)}
          />
          <PasswordInput
            label="New password again"
            autoComplete="new-password"
            required
            value={repeat}
            error={repeatError}
            onChange={(e) => setRepeat(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={pending}
              disabled={!!nextError || !!repeatError || !next || !current}
            >
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
