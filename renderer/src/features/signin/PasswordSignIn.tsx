import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";

/** Team mode: email address and password. The email stays filled in after a refusal. */
export function PasswordSignIn() {
  const { t } = useTranslation("signin");
  const { signIn } = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPassword("");
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("form")}>
      <Stack gap="sm">
        {error && (
          <Alert color="red" title={t("failed")} role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t("email")}
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label={t("password")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
      </Stack>
    </form>
  );
}
