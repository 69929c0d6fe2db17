import {
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Paper,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  IntegrationRow,
  WebhookRow,
} from "../../../../../shared/contract";
import { call } from "../../../api/client";
import { useChange } from "../../../api/use-change";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { formatInstant } from "../../../components/format";
import { DeliveryLog } from "./DeliveryLog";
import { NewWebhookForm } from "./NewWebhookForm";

/** An integration's webhook subscriptions, their delivery logs, and a new subscription. */
export function WebhooksDrawer({
  integration,
  onClose,
}: {
  integration: IntegrationRow | null;
  onClose(): void;
}) {
  const { t } = useTranslation(["settings", "common"]);
  const { run, pending } = useChange();
  const [logOf, setLogOf] = useState<number | null>(null);
  const [ending, setEnding] = useState<WebhookRow | null>(null);

  const end = async (webhook: WebhookRow) => {
    const ended = await run(
      () => call("integrations.unsubscribe", { id: webhook.id }),
      () => t("webhooks.endedDone"),
    );
    if (ended) setEnding(null);
  };

  return (
    <Drawer
      opened={integration !== null}
      onClose={onClose}
      position="right"
      size={960}
      title={t("webhooks.title", { name: integration?.name ?? "" })}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      {integration && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("webhooks.intro")}
          </Text>
          {integration.webhooks.length === 0 && (
            <Text size="sm">{t("webhooks.empty")}</Text>
          )}
          {integration.webhooks.map((webhook) => (
            <Paper key={webhook.id} withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text
                    size="sm"
                    ff="monospace"
                    style={{ wordBreak: "break-all" }}
                  >
                    {webhook.url}
                  </Text>
                  {webhook.endedAt ? (
                    <Badge color="gray" variant="light">
                      {t("webhooks.ended")}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => setEnding(webhook)}
                    >
                      {t("webhooks.end")}
                    </Button>
                  )}
                </Group>
                <Group gap={4}>
                  {webhook.events.map((event) => (
                    <Badge key={event} variant="light" size="sm" tt="none">
                      {event}
                    </Badge>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t("webhooks.counts", {
                    since: formatInstant(webhook.createdAt),
                    delivered: webhook.delivered,
                    waiting: webhook.waiting,
                    failed: webhook.failed,
                  })}
                </Text>
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-expanded={logOf === webhook.id}
                    onClick={() =>
                      setLogOf(logOf === webhook.id ? null : webhook.id)
                    }
                  >
                    {logOf === webhook.id
                      ? t("webhooks.hideLog")
                      : t("webhooks.showLog")}
                  </Button>
                </Group>
                {logOf === webhook.id && (
                  <DeliveryLog
                    webhookId={webhook.id}
                    ended={webhook.endedAt !== null}
                  />
                )}
              </Stack>
            </Paper>
          ))}
          {integration.revokedAt === null && (
            <>
              <Divider />
              <NewWebhookForm integrationId={integration.id} />
            </>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t("webhooks.endTitle", { url: ending?.url ?? "" })}
        text={t("webhooks.endText")}
        keepLabel={t("webhooks.keepIt")}
        confirmLabel={t("webhooks.end")}
        pending={pending}
        onConfirm={() => ending && void end(ending)}
      />
    </Drawer>
  );
}
