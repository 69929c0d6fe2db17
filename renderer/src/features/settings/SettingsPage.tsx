import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { LoadState } from "../../components/LoadState";
import { AccountPanel } from "./AccountPanel";
import { BackupsPanel } from "./BackupsPanel";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { TeamDatabasePanel } from "./TeamDatabasePanel";
import { TeamServicePanel } from "./TeamServicePanel";
import { IntegrationsPanel } from "./integrations/IntegrationsPanel";
import { UsersPanel } from "./UsersPanel";
import { CatalogPanel } from "./CatalogPanel";
import { ClosingDays } from "./ClosingDays";
import { PolicyForm } from "./PolicyForm";
import { ImapForm } from "./ImapForm";
import { SmtpForm } from "./SmtpForm";

function SmtpSettingsSection() {
  const { t } = useTranslation("settings");
  const smtp = useOperation("settings.smtp", {});
  if (smtp.isPending || smtp.error)
    return (
      <LoadState
        error={smtp.error}
        retry={() => void smtp.refetch()}
        label={t("smtp.loading")}
      />
    );
  return (
    <SmtpForm key={JSON.stringify(smtp.data)} current={smtp.data ?? null} />
  );
}

function ImapSettingsSection() {
  const { t } = useTranslation("settings");
  const imap = useOperation("settings.imap", {});
  if (imap.isPending || imap.error)
    return (
      <LoadState
        error={imap.error}
        retry={() => void imap.refetch()}
        label={t("imap.loading")}
      />
    );
  // A new form when the saved settings change, not when a read is noted (it would drop the
  // result of Read now the moment it is shown).
  const saved = imap.data && {
    ...imap.data,
    lastReadAt: null,
    lastError: null,
  };
  return <ImapForm key={JSON.stringify(saved)} current={imap.data ?? null} />;
}

/** Everyone's own account first, then the policy in force; admins also manage the console here. */
export function SettingsPage() {
  const { t } = useTranslation("settings");
  const policy = useOperation("settings.policy", {});
  const admin = useCan("administer");
  const teamMode = useOperation("auth.mode", {}).data?.mode === "team";
  return (
    <Stack p="md" gap="md">
      <div>
        <Title order={1} size="h3">
          {t("title")}
        </Title>
        <Text size="sm" c="dimmed">
          {teamMode ? t("mode.team") : t("mode.local")}
        </Text>
      </div>
      <AccountPanel />
      {teamMode && <ChangePasswordForm />}
      {policy.data ? (
        <PolicyForm
          key={JSON.stringify(policy.data)}
          policy={policy.data}
          editable={admin}
        />
      ) : (
        <LoadState
          error={policy.error}
          retry={() => void policy.refetch()}
          label={t("policy.loading")}
        />
      )}
      <ClosingDays editable={admin} />
      <CatalogPanel editable={admin} />
      {admin && <UsersPanel teamMode={teamMode} />}
      {admin && <SmtpSettingsSection />}
      {admin && <ImapSettingsSection />}
      {admin && !teamMode && <BackupsPanel />}
      {admin && <TeamDatabasePanel />}
      {admin && teamMode && <TeamServicePanel />}
      {admin && <IntegrationsPanel />}
    </Stack>
  );
}
