import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { getHotkeyHandler } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

/** The customer withdrew the order: it is cancelled with the reason, the partner (if any) told. */
export function CancelOrderDialog({
  order,
  opened,
  onClose,
}: {
  order: OrderDetail;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation("orders");
  const [reason, setReason] = useState("");
  const { run, pending } = useChange();
  const cancel = async () => {
    if (!reason.trim()) return;
    const done = await run(
      () =>
        call("orders.cancel", {
          orderId: order.id,
          orderVersion: order.version,
          reason: reason.trim(),
        }),
      () => t("cancelOrder.done", { number: order.number }),
    );
    if (done) {
      setReason("");
      onClose();
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("cancelOrder.title", { number: order.number })}
      centered
    >
      <Stack
        gap="sm"
        onKeyDown={getHotkeyHandler([["mod+Enter", () => void cancel()]])}
      >
        <Text size="sm">{t("cancelOrder.text")}</Text>
        {order.partner && (
          <Text size="sm">
            {t("cancelOrder.assigned", { partner: order.partner.name })}
          </Text>
        )}
        <Textarea
          label={t("cancelOrder.reason")}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t("cancelOrder.keep")}
          </Button>
          <Button
            color="red"
            loading={pending}
            disabled={!reason.trim()}
            onClick={() => void cancel()}
          >
            {t("cancelOrder.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
