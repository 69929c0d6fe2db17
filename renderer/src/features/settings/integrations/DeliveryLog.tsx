import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebhookDeliveryRow } from "../../../../../shared/contract";
import { call } from "../../../api/client";
import { useChange } from "../../../api/use-change";
import { useOperation } from "../../../api/use-operation";
import { formatInstant } from "../../../components/format";
import { LoadState } from "../../../components/LoadState";
import { PagePicker } from "../../../components/PagePicker";

const pageSize = 20;

const statusColor: Record<WebhookDeliveryRow["status"], string> = {
  queued: "blue",
  sending: "blue",
  delivered: "green",
  failed: "red",
};

/** A subscription's deliveries, newest first: what was sent, how it went, and Send again. */
export function DeliveryLog({
  webhookId,
  ended,
}: {
  webhookId: number;
  /** An ended subscription's deliveries are not sent again. */
  ended: boolean;
}) {
  const { t } = useTranslation("settings");
  const [page, setPage] = useState(1);
  const log = useOperation(
    "integrations.deliveries",
    {
      webhookId,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    },
    { refreshMs: 10_000 },
  );
  const { run } = useChange();
  const [sending, setSending] = useState<number | null>(null);
  const sendAgain = async (deliveryId: number) => {
    setSending(deliveryId);
    await run(
      () => call("integrations.sendAgain", { deliveryId }),
      () => t("webhooks.sentAgain"),
    );
    setSending(null);
  };

  if (!log.data)
    return (
      <LoadState
        error={log.error}
        retry={() => void log.refetch()}
        label={t("webhooks.loadingLog")}
      />
    );
  if (log.data.total === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("webhooks.noDeliveries")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("webhooks.column.event")}</Table.Th>
            <Table.Th>{t("webhooks.column.order")}</Table.Th>
            <Table.Th>{t("webhooks.column.at")}</Table.Th>
            <Table.Th>{t("webhooks.column.status")}</Table.Th>
            <Table.Th>{t("webhooks.column.answer")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data.rows.map((delivery) => (
            <Table.Tr key={delivery.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {delivery.event}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {delivery.orderNumber ?? "—"}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {formatInstant(delivery.createdAt)}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} c={statusColor[delivery.status]}>
                  {t(`webhooks.status.${delivery.status}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("webhooks.attempts", { count: delivery.attempts })}
                  {delivery.status === "queued" && delivery.attempts > 0
                    ? ` · ${t("webhooks.nextAt", { at: formatInstant(delivery.dueAt) })}`
                    : ""}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {delivery.lastError ?? delivery.lastStatusCode ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                {!ended &&
                  (delivery.status === "failed" ||
                    (delivery.status === "queued" &&
                      delivery.attempts > 0)) && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={sending === delivery.id}
                      onClick={() => void sendAgain(delivery.id)}
                    >
                      {t("webhooks.sendAgain")}
                    </Button>
                  )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {log.data.total > pageSize && (
        <Group justify="flex-end">
          <PagePicker
            total={Math.ceil(log.data.total / pageSize)}
            value={page}
            onChange={setPage}
          />
        </Group>
      )}
    </Stack>
  );
}
