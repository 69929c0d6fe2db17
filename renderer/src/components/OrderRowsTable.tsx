import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { OrderRow } from "../../../shared/contract";
import { formatDate } from "./format";
import { StatusBadge } from "./StatusBadge";

/** A short list of orders (a partner's recent ones, a customer's): each opens with Enter or a click. */
export function OrderRowsTable({
  rows,
  show,
}: {
  rows: OrderRow[];
  /** The party column: the customer (on a partner's page) or the partner (on a customer's). */
  show: "customer" | "partner";
}) {
  const { t } = useTranslation("orders");
  const navigate = useNavigate();
  return (
    <Table highlightOnHover data-key-list>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("table.column.number")}</Table.Th>
          <Table.Th>{t("table.column.status")}</Table.Th>
          <Table.Th>{t("table.column.title")}</Table.Th>
          <Table.Th>{t(`table.column.${show}`)}</Table.Th>
          <Table.Th>{t("table.column.deliveryBy")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((o) => (
          <Table.Tr
            key={o.id}
            tabIndex={0}
            style={{ cursor: "pointer" }}
            onClick={() => navigate(`/orders/${o.id}`)}
            data-list-row
            aria-label={t("table.row", { number: o.number })}
          >
            <Table.Td ff="monospace">{o.number}</Table.Td>
            <Table.Td>
              <StatusBadge status={o.status} />
            </Table.Td>
            <Table.Td>{o.title}</Table.Td>
            <Table.Td>
              {show === "customer"
                ? o.customerName
                : (o.partnerName ?? t("table.notAssigned"))}
            </Table.Td>
            <Table.Td>{formatDate(o.requestedDeliveryDate)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
