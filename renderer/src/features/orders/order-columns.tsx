import { Group, Text } from "@mantine/core";
import { IconCrown } from "@tabler/icons-react";
import { createColumnHelper } from "@tanstack/react-table";
import type { OrderRow, OrderSort } from "../../../../shared/contract";
import { regionLabels } from "../../../../shared/labels";
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

/** Text columns that share the width left over; the others keep their size. */
export const growingColumns = new Set(["title", "customerName", "partnerName"]);

/** The flex style of a column: its size, and its share of spare width if it grows. */
export function columnStyle(id: string, size: number) {
  return growingColumns.has(id)
    ? { flex: `1 1 ${size}px`, minWidth: size }
    : { flex: "none", width: size };
}

export const orderColumns = [
  column.accessor("number", {
    header: "Order",
    size: 130,
    cell: (c) => (
      <Text size="sm" ff="monospace" fw={500}>
        {c.getValue()}
      </Text>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    size: 110,
    cell: (c) => <StatusBadge status={c.getValue()} />,
  }),
  column.accessor("title", {
    header: "Product",
    size: 180,
    cell: (c) => (
      <Text size="sm" truncate>
        {c.getValue()}
      </Text>
    ),
  }),
  column.accessor("customerName", {
    header: "Customer",
    size: 180,
    cell: (c) => (
      <Group gap={4} wrap="nowrap">
        {c.row.original.keyAccount && (
          <IconCrown
            size={14}
            color="var(--mantine-color-violet-6)"
            aria-label="Key account"
            role="img"
            title="Key account"
          />
        )}
        <Text size="sm" truncate>
          {c.getValue()}
        </Text>
      </Group>
    ),
  }),
  column.accessor("partnerName", {
    header: "Partner",
    size: 180,
    cell: (c) => (
      <Text size="sm" truncate c={c.getValue() ? undefined : "dimmed"}>
        {c.getValue() ?? "Not assigned"}
      </Text>
    ),
  }),
  column.accessor("region", {
    header: "Region",
    size: 120,
    cell: (c) => (
      <Text size="sm" truncate>
        {regionLabels[c.getValue()]}
      </Text>
    ),
  }),
  column.accessor("requestedDeliveryDate", {
    header: "Delivery by",
    size: 130,
    cell: (c) => <Text size="sm">{formatDate(c.getValue())}</Text>,
  }),
  column.accessor("createdAt", {
    header: "Placed",
    size: 100,
    cell: (c) => <Text size="sm">{formatDate(c.getValue().slice(0, 10))}</Text>,
  }),
  column.accessor("valueCents", {
    header: "Value",
    size: 100,
    meta: { align: "right" },
    cell: (c) => (
      <Text size="sm" ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
        {formatEuros(c.getValue())}
      </Text>
    ),
  }),
];
