import {
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Select,
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

/** The Select's order (the usual choice first). */
const securities = [
  "starttls",
  "tls",
  "none",
] as const satisfies readonly SmtpSettings["security"][];

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
        <Group grow align="flex-start">
          <TextInput
            label={t("smtp.host")}
            value={form.host}
            onChange={(e) => set("host", e.currentTarget.value)}
            error={errors.host}
          />
          <NumberInput
            label={t("smtp.port")}
            value={form.port}
            min={1}
            max={65535}
            onChange={(v) => set("port", Number(v) || 0)}
            error={errors.port}
          />
          <Select
            label={t("smtp.security")}
            data={securities.map((value) => ({
              value,
              label: t(`smtp.securityOption.${value}`),
            }))}
            value={form.security}
            allowDeselect={false}
            onChange={(v) =>
              v && set("security", v as SmtpSettings["security"])
            }
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t("smtp.user")}
            value={form.user}
            onChange={(e) => set("user", e.currentTarget.value)}
          />
          <PasswordInput
            label={t("smtp.password")}
            placeholder={
              current?.passwordSet
                ? t("smtp.passwordUnchanged")
                : t("smtp.passwordNone")
            }
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <TextInput
            label={t("smtp.sender")}
            value={form.from}
            onChange={(e) => set("from", e.currentTarget.value)}
            error={errors.from}
          />
        </Group>
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
