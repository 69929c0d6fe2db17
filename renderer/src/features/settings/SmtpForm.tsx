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
import {
  SmtpSettings,
  type SmtpSettingsView,
} from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

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
  const [form, setForm] = useState<SmtpSettings>(() => {
    if (!current) return blank;
    const {
      passwordSet: _set,
      passwordProtection: _where,
      ...settings
    } = current;
    return settings;
  });
  const [password, setPassword] = useState("");
  const { run, pending } = useChange();
  const parsed = SmtpSettings.safeParse(form);
  const errorOf = (field: keyof SmtpSettings) =>
    parsed.success
      ? undefined
      : parsed.error.issues.find((i) => i.path[0] === field)?.message;
  const set = <K extends keyof SmtpSettings>(key: K, value: SmtpSettings[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Title order={2} size="h4" mb="xs">
        Mail delivery (SMTP)
      </Title>
      <Stack gap="sm">
        <Switch
          label="Send the outbox's emails through this server"
          checked={form.enabled}
          onChange={(e) => set("enabled", e.currentTarget.checked)}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Host"
            value={form.host}
            onChange={(e) => set("host", e.currentTarget.value)}
            error={form.host ? errorOf("host") : undefined}
          />
          <NumberInput
            label="Port"
            value={form.port}
            min={1}
            max={65535}
            onChange={(v) => set("port", Number(v) || 0)}
            error={errorOf("port")}
          />
          <Select
            label="Security"
            data={[
              { value: "starttls", label: "STARTTLS (587)" },
              { value: "tls", label: "TLS (465)" },
              { value: "none", label: "None (local test servers)" },
            ]}
            value={form.security}
            allowDeselect={false}
            onChange={(v) =>
              v && set("security", v as SmtpSettings["security"])
            }
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="User"
            value={form.user}
            onChange={(e) => set("user", e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            placeholder={current?.passwordSet ? "Unchanged" : "None"}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <TextInput
            label="Sender"
            value={form.from}
            onChange={(e) => set("from", e.currentTarget.value)}
            error={errorOf("from")}
          />
        </Group>
        {current && (
          <Text size="xs" c="dimmed">
            The password is kept {current.passwordProtection}, not in the
            database.
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
                () => "Mail settings saved.",
              ).then((saved) => saved && setPassword(""))
            }
          >
            Save mail settings
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
