import {
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Title,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { usePasswordProblem } from "./use-password-problem";

/** Team mode: one's own password, with the current one; other sessions of this person end. */
export function ChangePasswordForm() {
  const { t } = useTranslation("settings");
  const { run, pending } = useChange();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const nextError = usePasswordProblem(next);
  const repeatError =
    repeat && repeat !== next ? t("password.mismatch") : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await run(
      () => call("auth.changePassword", { current, next }),
      () => t("password.changed"),
    );
    if (done) {
      setCurrent("");
      setNext("");
      setRepeat("");
    }
  }

  return (
    <Paper withBorder p="md" radius="md" maw={520}>
      <form onSubmit={(e) => void submit(e)} aria-label={t("password.form")}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("password.title")}
          </Title>
          <PasswordInput
            label={t("password.current")}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("password.new")}
            autoComplete="new-password"
            required
            value={next}
            error={nextError}
            onChange={(e) => setNext(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("password.repeat")}
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
              {t("password.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
