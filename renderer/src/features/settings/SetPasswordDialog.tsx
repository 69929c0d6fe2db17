import { Button, Group, PasswordInput, Stack, Text } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { UserRow } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { usePasswordProblem } from "./use-password-problem";

/** An admin sets someone's password (a new colleague, a forgotten one); their sessions end. */
export function SetPasswordDialog({
  user,
  onClose,
}: {
  user: UserRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(["settings", "common"]);
  const { run, pending } = useChange();
  const [password, setPassword] = useState("");
  const error = usePasswordProblem(password);

  function close() {
    setPassword("");
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    const done = await run(
      () => call("users.setPassword", { id: user.id, password }),
      () => t("setPassword.done", { name: user.name }),
    );
    if (done) close();
  }

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={user ? t("setPassword.title", { name: user.name }) : ""}
    >
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("setPassword.intro")}
          </Text>
          <PasswordInput
            label={t("setPassword.new")}
            autoComplete="new-password"
            data-autofocus
            required
            value={password}
            error={error}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common:cancel")}
            </Button>
            <Button
              type="submit"
              loading={pending}
              disabled={!!error || !password}
            >
              {t("setPassword.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
