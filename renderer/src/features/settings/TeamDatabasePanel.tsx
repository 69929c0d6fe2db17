import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";

/** Admin: which database this console uses from its next start (the local file or a team's server). */
export function TeamDatabasePanel() {
  const { t } = useTranslation("settings");
  const view = useOperation("settings.teamDatabase", {});
  const { run, pending } = useChange();
  const [url, setUrl] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => call("settings.setTeamDatabase", { url: url.trim() }),
      () => t("teamDatabase.answered"),
    );
    if (saved) setUrl("");
  }

  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t("teamDatabase.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("teamDatabase.intro")}
          </Text>
        </div>
        {!view.data ? (
          <LoadState
            error={view.error}
            retry={() => void view.refetch()}
            label={t("teamDatabase.loading")}
          />
        ) : (
          <>
            <Text size="sm">
              {t("teamDatabase.state", {
                now:
                  view.data.active === "team"
                    ? t("teamDatabase.teamServer", {
                        server: view.data.activeServer ?? "",
                      })
                    : t("teamDatabase.thisComputer"),
                next: view.data.saved
                  ? t("teamDatabase.teamServer", { server: view.data.saved })
                  : t("teamDatabase.thisComputer"),
              })}
            </Text>
            {view.data.fromEnvironment && (
              <Alert color="yellow">{t("teamDatabase.environment")}</Alert>
            )}
            <form
              onSubmit={(e) => void save(e)}
              aria-label={t("teamDatabase.form")}
            >
              <Group align="flex-end" gap="xs">
                <PasswordInput
                  label={t("teamDatabase.address")}
                  description={t("teamDatabase.addressHint", {
                    protection: t(`secretProtection.${view.data.protection}`),
                  })}
                  placeholder={t("teamDatabase.addressPlaceholder")}
                  value={url}
                  onChange={(e) => setUrl(e.currentTarget.value)}
                  w={480}
                  required
                />
                <Button type="submit" loading={pending} disabled={!url.trim()}>
                  {t("teamDatabase.save")}
                </Button>
              </Group>
            </form>
            {view.data.saved && (
              <Group>
                <Button
                  variant="default"
                  loading={pending}
                  onClick={() =>
                    void run(
                      () => call("settings.setTeamDatabase", { url: null }),
                      () => t("teamDatabase.usingLocal"),
                    )
                  }
                >
                  {t("teamDatabase.useLocal")}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
