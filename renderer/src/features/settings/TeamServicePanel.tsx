import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOperation } from "../../api/use-operation";
import { formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";

/** Admin, team mode: whether a team service does the background work, and when it last did. */
export function TeamServicePanel() {
  const { t } = useTranslation("settings");
  const status = useOperation("settings.service", {});
  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4">
            {t("service.title")}
          </Title>
          {status.data && (
            <Badge
              variant="light"
              color={status.data.running ? "green" : "orange"}
            >
              {status.data.running ? t("service.running") : t("service.gone")}
            </Badge>
          )}
        </Group>
        {status.isPending || status.error ? (
          <LoadState
            error={status.error}
            retry={() => void status.refetch()}
            label={t("service.loading")}
          />
        ) : !status.data ? (
          <Text size="sm">{t("service.never")}</Text>
        ) : status.data.running ? (
          <Text size="sm">
            {t("service.runningOn", {
              host: status.data.host,
              version: status.data.version,
              since: formatInstant(status.data.startedAt),
            })}{" "}
            {status.data.lastWorkedAt
              ? t("service.lastWorked", {
                  at: formatInstant(status.data.lastWorkedAt),
                })
              : t("service.notYetWorked")}
          </Text>
        ) : (
          <Text size="sm">
            {t("service.lastSeen", {
              host: status.data.host,
              at: formatInstant(status.data.seenAt),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
