import { Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import { HistoryTable } from "../../components/HistoryTable";
import { ExportButton } from "../data-files/ExportButton";

export function HistoryTab({ order }: { order: OrderDetail }) {
  const { t } = useTranslation("orders");
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ExportButton list={{ list: "orderHistory", orderId: order.id }} />
      </Group>
      <HistoryTable entries={order.history} empty={t("history.empty")} />
    </Stack>
  );
}
