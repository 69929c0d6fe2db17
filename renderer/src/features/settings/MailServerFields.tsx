import {
  Group,
  NumberInput,
  PasswordInput,
  Select,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SmtpSettings } from "../../../../shared/contract";

/** The Select's order (the usual choice first). */
const securities = [
  "starttls",
  "tls",
  "none",
] as const satisfies readonly SmtpSettings["security"][];

export interface MailServer {
  host: string;
  port: number;
  security: SmtpSettings["security"];
  user: string;
}

/**
 * A mail server's address and sign-in, for the SMTP and the IMAP settings alike. The password is
 * never shown again: the field says whether one is kept.
 */
export function MailServerFields({
  server,
  onChange,
  errors,
  password,
  onPassword,
  passwordSet,
  securityLabels,
}: {
  server: MailServer;
  onChange: (server: MailServer) => void;
  errors: { host?: string; port?: string; user?: string };
  password: string;
  onPassword: (password: string) => void;
  passwordSet: boolean;
  /** Each security's words, with the usual port of this kind of server. */
  securityLabels: Record<MailServer["security"], string>;
}) {
  const { t } = useTranslation("settings");
  const set = <K extends keyof MailServer>(key: K, value: MailServer[K]) =>
    onChange({ ...server, [key]: value });
  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          label={t("smtp.host")}
          value={server.host}
          onChange={(e) => set("host", e.currentTarget.value)}
          error={errors.host}
        />
        <NumberInput
          label={t("smtp.port")}
          value={server.port}
          min={1}
          max={65535}
          onChange={(v) => set("port", Number(v) || 0)}
          error={errors.port}
        />
        <Select
          label={t("smtp.security")}
          data={securities.map((value) => ({
            value,
            label: securityLabels[value],
          }))}
          value={server.security}
          allowDeselect={false}
          onChange={(v) => v && set("security", v as MailServer["security"])}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t("smtp.user")}
          value={server.user}
          onChange={(e) => set("user", e.currentTarget.value)}
          error={errors.user}
        />
        <PasswordInput
          label={t("smtp.password")}
          placeholder={
            passwordSet ? t("smtp.passwordUnchanged") : t("smtp.passwordNone")
          }
          value={password}
          onChange={(e) => onPassword(e.currentTarget.value)}
          autoComplete="new-password"
        />
      </Group>
    </>
  );
}
