import { Stack, Text, Title } from "@mantine/core";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { LoadState } from "../../components/LoadState";
import { BackupsPanel } from "./BackupsPanel";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { TeamDatabasePanel } from "./TeamDatabasePanel";
import { UsersPanel } from "./UsersPanel";
import { ClosingDays } from "./ClosingDays";
import { PolicyForm } from "./PolicyForm";
import { SmtpForm } from "./SmtpForm";

function SmtpSettingsSection() {
  const smtp = useOperation("settings.smtp", {});
  if (smtp.isPending || smtp.error)
    return (
      <LoadState
        error={smtp.error}
        retry={() => void smtp.refetch()}
        label="the mail settings"
      />
    );
  return (
    <SmtpForm key={JSON.stringify(smtp.data)} current={smtp.data ?? null} />
  );
}

export function SettingsPage() {
  const policy = useOperation("settings.policy", {});
  const admin = useCan("administer");
  const teamMode = useOperation("auth.mode", {}).data?.mode === "team";
  return (
    <Stack p="md" gap="md">
      <div>
        <Title order={1} size="h3">
          Settings
        </Title>
        <Text size="sm" c="dimmed">
          {teamMode
            ? "This console works on the team's shared server."
            : "This console works on its own database on this computer."}
        </Text>
      </div>
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
          label="the policy"
        />
      )}
      <ClosingDays editable={admin} />
      {teamMode && <ChangePasswordForm />}
      {admin && <UsersPanel teamMode={teamMode} />}
      {admin && <SmtpSettingsSection />}
      {admin && !teamMode && <BackupsPanel />}
      {admin && <TeamDatabasePanel />}
    </Stack>
  );
}
