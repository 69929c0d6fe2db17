import { useTranslation } from "react-i18next";
import { Table, Text } from "@mantine/core";
import type { OrderDetail } from "../../../../shared/contract";
import { formatInstant } from "../../components/format";
import { EmptyNote } from "../../components/EmptyNote";

function describe(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([k, v]) =>
          `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`,
      )
      .join(", ");
  }
  return String(value);
}

export function HistoryTab({ order }: { order: OrderDetail }) {
  const { t } = useTranslation(["orders", "domain"]);
  if (order.history.length === 0)
    return <EmptyNote>{t("history.empty")}</EmptyNote>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>{t("history.when")}</Table.Th>
          <Table.Th w={160}>{t("history.who")}</Table.Th>
          <Table.Th w={200}>{t("history.what")}</Table.Th>
          <Table.Th>{t("history.change")}</Table.Th>
          <Table.Th>{t("history.reason")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.history.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatInstant(h.at)}</Table.Td>
            <Table.Td>{h.actor}</Table.Td>
            <Table.Td>
              {t(`domain:auditAction.${h.action}`, { defaultValue: h.action })}
            </Table.Td>
            <Table.Td>
              {h.before !== null && (
                <Text span size="sm" c="dimmed">
                  {`${describe(h.before)} → `}
                </Text>
              )}
              {describe(h.after)}
            </Table.Td>
            <Table.Td>{h.reason ?? ""}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
