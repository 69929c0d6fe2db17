import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { ReasonDialog } from "../../components/ReasonDialog";

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
  const { run, pending } = useChange();
  return (
    <ReasonDialog
      opened={opened}
      onClose={onClose}
      title={t("cancelOrder.title", { number: order.number })}
      text={
        <Stack gap={4}>
          <Text size="sm">{t("cancelOrder.text")}</Text>
          {order.partner && (
            <Text size="sm">
              {t("cancelOrder.assigned", { partner: order.partner.name })}
            </Text>
          )}
        </Stack>
      }
      reasonLabel={t("cancelOrder.reason")}
      keepLabel={t("cancelOrder.keep")}
      confirmLabel={t("cancelOrder.confirm")}
      color="red"
      pending={pending}
      onConfirm={async (reason) =>
        (await run(
          () =>
            call("orders.cancel", {
              orderId: order.id,
              orderVersion: order.version,
              reason,
            }),
          () => t("cancelOrder.done", { number: order.number }),
        )) !== null
      }
    />
  );
}
