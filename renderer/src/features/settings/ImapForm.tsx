import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ImapSettings,
  type ImapSettingsView,
  type MailboxCheck,
  type MailboxRead,
} from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { formatInstant } from "../../components/format";
import { MailServerFields } from "./MailServerFields";

// Field names, not words: kept apart so the words-only lint rule reads them as such.
const replyDomainField = "replyDomain";
const intervalField = "intervalMinutes";

const blank: ImapSettings = {
  enabled: false,
  host: "",
  port: 993,
  security: "tls",
  user: "",
  replyDomain: "",
  intervalMinutes: 2,
};

/**
 * The mailbox partners' and customers' answers arrive in, and the domain of the reply addresses
 * that lead there. Thread messages leave by email only while this is switched on.
 */
export function ImapForm({ current }: { current: ImapSettingsView | null }) {
  const { t } = useTranslation("settings");
  const titleId = useId();
  const [form, setForm] = useState<ImapSettings>(() => {
    if (!current) return blank;
    const {
      passwordSet: _set,
      passwordProtection: _where,
      passwordPerConsole: _perConsole,
      lastReadAt: _at,
      lastError: _error,
      ...settings
    } = current;
    return settings;
  });
  const [password, setPassword] = useState("");
  const [check, setCheck] = useState<MailboxCheck | null>(null);
  const [lastRead, setLastRead] = useState<MailboxRead | null>(null);
  const { run, pending } = useChange();
  const testing = useChange();
  const reading = useChange();
  const parsed = ImapSettings.safeParse(form);
  type Field = "host" | "port" | "user" | "replyDomain" | "intervalMinutes";
  const errorOf = (field: Field) =>
    parsed.error?.issues.some((i) => i.path[0] === field)
      ? t(`imap.problem.${field}`)
      : undefined;
  const set = <K extends keyof ImapSettings>(key: K, value: ImapSettings[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="md"
      radius="md"
      maw={720}
    >
      <Title id={titleId} order={2} size="h4" mb={4}>
        {t("imap.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("imap.what")}
      </Text>
      <Stack gap="sm">
        <Switch
          label={t("imap.enabled")}
          checked={form.enabled}
          onChange={(e) => set("enabled", e.currentTarget.checked)}
        />
        <MailServerFields
          server={form}
          onChange={(server) => setForm((f) => ({ ...f, ...server }))}
          errors={{
            host: form.host ? errorOf("host") : undefined,
            port: errorOf("port"),
            user: form.user ? errorOf("user") : undefined,
          }}
          password={password}
          onPassword={setPassword}
          passwordSet={current?.passwordSet ?? false}
          securityLabels={{
            tls: t("imap.securityOption.tls"),
            starttls: t("imap.securityOption.starttls"),
            none: t("smtp.securityOption.none"),
          }}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t("imap.replyDomain")}
            description={t("imap.replyDomainHint")}
            placeholder={t("imap.replyDomainExample")}
            value={form.replyDomain}
            onChange={(e) => set("replyDomain", e.currentTarget.value)}
            error={form.replyDomain ? errorOf(replyDomainField) : undefined}
          />
          <NumberInput
            label={t("imap.interval")}
            description={t("imap.intervalHint")}
            value={form.intervalMinutes}
            min={1}
            max={60}
            onChange={(v) => set("intervalMinutes", Number(v) || 0)}
            error={errorOf(intervalField)}
          />
        </Group>
        {current && (
          <Text size="xs" c="dimmed">
            {t("smtp.passwordKept", {
              where: t(`secretProtection.${current.passwordProtection}`),
            })}
            {current.passwordPerConsole && ` ${t("imap.passwordPerConsole")}`}{" "}
            {current.lastReadAt
              ? t("imap.lastRead", { at: formatInstant(current.lastReadAt) })
              : t("imap.neverRead")}
          </Text>
        )}
        {current?.lastError && (
          <Alert color="red" title={t("imap.lastError")}>
            {current.lastError}
          </Alert>
        )}
        {check && (
          <Alert
            color={check.ok ? "green" : "red"}
            title={check.ok ? t("imap.checkOk") : t("imap.checkFailed")}
          >
            {check.ok
              ? t("imap.checkMessages", { count: check.messages ?? 0 })
              : check.error}
          </Alert>
        )}
        {lastRead && (
          <Alert
            color={lastRead.error ? "red" : "green"}
            title={lastRead.error ? t("imap.readFailed") : t("imap.readOk")}
          >
            {lastRead.error ??
              t("imap.readResult", {
                count: lastRead.read,
                posted: lastRead.posted,
                unmatched: lastRead.unmatched,
              })}
          </Alert>
        )}
        {current && (!current.enabled || !current.passwordSet) && (
          <Text size="xs" c="dimmed" ta="right">
            {t("imap.readNeeds")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            variant="default"
            loading={reading.pending}
            disabled={!current?.enabled || !current.passwordSet}
            onClick={() =>
              void reading
                .run(
                  () => call("mail.readNow", {}),
                  () => null,
                )
                .then((result) => result && setLastRead(result))
            }
          >
            {t("imap.readNow")}
          </Button>
          <Button
            variant="default"
            loading={testing.pending}
            disabled={!current}
            onClick={() =>
              void testing
                .run(
                  () => call("settings.testImap", {}),
                  () => null,
                )
                .then((result) => result && setCheck(result))
            }
          >
            {t("imap.test")}
          </Button>
          <Button
            loading={pending}
            disabled={!parsed.success}
            onClick={() =>
              parsed.success &&
              void run(
                () =>
                  call("settings.updateImap", {
                    settings: parsed.data,
                    ...(password ? { password } : {}),
                  }),
                () => t("imap.saved"),
              ).then((saved) => {
                if (!saved) return;
                setPassword("");
                setCheck(null);
              })
            }
          >
            {t("imap.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
