import { Badge, Text } from "@mantine/core";
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
    size: 230,
    cell: (c) => (
      <Text size="sm" truncate>
        {c.getValue()}
      </Text>
    ),
  }),
  column.accessor("customerName", {
    header: "Customer",
    size: 220,
    cell: (c) => (
      <Text size="sm" truncate>
        {c.getValue()}{" "}
        {c.row.original.keyAccount && (
          <Badge size="xs" color="violet" variant="filled" ml={4}>
            Key account
          </Badge>
        )}
      </Text>
    ),
  }),
  column.accessor("partnerName", {
    header: "Partner",
    size: 220,
    cell: (c) => (
      <Text size="sm" truncate c={c.getValue() ? undefined : "dimmed"}>
        {c.getValue() ?? "Not assigned"}
      </Text>
    ),
  }),
  column.accessor("region", {
    header: "Region",
    size: 130,
    cell: (c) => (
      <Text size="sm" truncate>
        {regionLabels[c.getValue()]}
      </Text>
    ),
  }),
  column.accessor("requestedDeliveryDate", {
    header: "Requested delivery",
    size: 140,
    cell: (c) => <Text size="sm">{formatDate(c.getValue())}</Text>,
  }),
  column.accessor("createdAt", {
    header: "Placed",
    size: 110,
    cell: (c) => <Text size="sm">{formatDate(c.getValue().slice(0, 10))}</Text>,
  }),
  column.accessor("valueCents", {
    header: "Value",
    size: 110,
    meta: { align: "right" },
    cell: (c) => (
      <Text size="sm" ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
        {formatEuros(c.getValue())}
      </Text>
    ),
  }),
];
