import {
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  SmtpSettings,
  type SmtpSettingsView,
} from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { MailServerFields } from "./MailServerFields";

const blank: SmtpSettings = {
  enabled: false,
  host: "",
  port: 587,
  security: "starttls",
  user: "",
  from: "dispatch@mail.cutr.ai",
};

/** Where the outbox sends through: the admin's SMTP server. The password is never shown again. */
export function SmtpForm({ current }: { current: SmtpSettingsView | null }) {
  const { t } = useTranslation("settings");
  const [form, setForm] = useState<SmtpSettings>(() => {
    if (!current) return blank;
    const {
      passwordSet: _set,
      passwordProtection: _where,
      passwordPerConsole: _perConsole,
      ...settings
    } = current;
    return settings;
  });
  const [password, setPassword] = useState("");
  const { run, pending } = useChange();
  const parsed = SmtpSettings.safeParse(form);
  /** The first problem of a field, in the user's language (the rule is SmtpSettings'). */
  const errorOf = (field: "host" | "port" | "from") => {
    const issue = parsed.error?.issues.find((i) => i.path[0] === field);
    if (!issue) return undefined;
    if (field !== "host") return t(`smtp.problem.${field}`);
    if (issue.code === "too_small") return t("smtp.problem.hostMissing");
    if (issue.code === "too_big") return t("smtp.problem.hostTooLong");
    return t("smtp.problem.hostCharacters");
  };
  const errors = {
    host: form.host ? errorOf("host") : undefined,
    port: errorOf("port"),
    from: errorOf("from"),
  };
  const set = <K extends keyof SmtpSettings>(key: K, value: SmtpSettings[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Title order={2} size="h4" mb="xs">
        {t("smtp.title")}
      </Title>
      <Stack gap="sm">
        <Switch
          label={t("smtp.enabled")}
          checked={form.enabled}
          onChange={(e) => set("enabled", e.currentTarget.checked)}
        />
        <MailServerFields
          server={form}
          onChange={(server) => setForm((f) => ({ ...f, ...server }))}
          errors={errors}
          password={password}
          onPassword={setPassword}
          passwordSet={current?.passwordSet ?? false}
          securityLabels={{
            starttls: t("smtp.securityOption.starttls"),
            tls: t("smtp.securityOption.tls"),
            none: t("smtp.securityOption.none"),
          }}
        />
        <TextInput
          label={t("smtp.sender")}
          value={form.from}
          onChange={(e) => set("from", e.currentTarget.value)}
          error={errors.from}
        />
        {current && (
          <Text size="xs" c="dimmed">
            {t("smtp.passwordKept", {
              where: t(`secretProtection.${current.passwordProtection}`),
            })}
            {current.passwordPerConsole &&
              current.user &&
              ` ${t("smtp.passwordPerConsole")}`}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            loading={pending}
            disabled={!parsed.success}
            onClick={() =>
              parsed.success &&
              void run(
                () =>
                  call("settings.updateSmtp", {
                    settings: parsed.data,
                    ...(password ? { password } : {}),
                  }),
                () => t("smtp.saved"),
              ).then((saved) => saved && setPassword(""))
            }
          >
            {t("smtp.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
