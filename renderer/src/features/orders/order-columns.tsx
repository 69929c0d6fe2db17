import { Group, Text } from "@mantine/core";
import { IconCrown } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useCatalog } from "../../app/use-catalog";
import { useTranslation } from "react-i18next";
import type { OrderRow, OrderSort } from "../../../../shared/contract";
import { formatDate, formatEuros } from "../../components/format";
import { StatusBadge } from "../../components/StatusBadge";

const column = createColumnHelper<OrderRow>();

/** Which server-side sort each column asks for, if it can be sorted. */
export const sortOf: Record<string, OrderSort["column"] | undefined> = {
  number: "number",
  status: "status",
  customerName: "customer",
  partnerName: "partner",
  requestedDeliveryDate: "requestedDeliveryDate",
  createdAt: "createdAt",
  valueCents: "value",
};

/**
 * Text columns that share the width left over; the others keep their size. Their sizes are the
 * least they take, so that the whole table fits a 1,280 px window beside the navigation.
 */
export const growingColumns = new Set(["title", "customerName", "partnerName"]);

/** The Orders list's columns, with their headers in the user's language. */
export function useOrderColumns() {
  const { t } = useTranslation(["orders", "domain"]);
  const names = useCatalog();
  return useMemo(
    () => [
      column.accessor("number", {
        header: t("table.column.number"),
        size: 125,
        cell: (c) => (
          <Text size="sm" ff="monospace" fw={500}>
            {c.getValue()}
          </Text>
        ),
      }),
      column.accessor("status", {
        header: t("table.column.status"),
        // Wide enough for the longest status in either language ("Goedgekeurd").
        size: 125,
        cell: (c) => <StatusBadge status={c.getValue()} />,
      }),
      column.accessor("title", {
        header: t("table.column.title"),
        size: 125,
        cell: (c) => (
          <Text size="sm" truncate>
            {c.getValue()}
          </Text>
        ),
      }),
      column.accessor("customerName", {
        header: t("table.column.customer"),
        size: 125,
        cell: (c) => (
          <Group gap={4} wrap="nowrap">
            {c.row.original.keyAccount && (
              <IconCrown
                size={14}
                color="var(--mantine-color-violet-6)"
                aria-label={t("table.keyAccount")}
                role="img"
                title={t("table.keyAccount")}
              />
            )}
            <Text size="sm" truncate>
              {c.getValue()}
            </Text>
          </Group>
        ),
      }),
      column.accessor("partnerName", {
        header: t("table.column.partner"),
        size: 125,
        cell: (c) => (
          <Text size="sm" truncate c={c.getValue() ? undefined : "dimmed"}>
            {c.getValue() ?? t("table.notAssigned")}
          </Text>
        ),
      }),
      column.accessor("region", {
        header: t("table.column.region"),
        size: 115,
        cell: (c) => (
          <Text size="sm" truncate>
            {names.region(c.getValue())}
          </Text>
        ),
      }),
      column.accessor("requestedDeliveryDate", {
        header: t("table.column.deliveryBy"),
        size: 105,
        cell: (c) => <Text size="sm">{formatDate(c.getValue())}</Text>,
      }),
      column.accessor("createdAt", {
        header: t("table.column.placed"),
        size: 105,
        cell: (c) => (
          <Text size="sm">{formatDate(c.getValue().slice(0, 10))}</Text>
        ),
      }),
      column.accessor("valueCents", {
        header: t("table.column.value"),
        size: 95,
        meta: { align: "right" },
        cell: (c) => (
          <Text
            size="sm"
            ta="right"
            style={{ fontVariantNumeric: "tabular-nums" }}
          >
            {formatEuros(c.getValue())}
          </Text>
        ),
      }),
    ],
    [t, names],
  );
}
