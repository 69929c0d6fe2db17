import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HistoryEntry } from "../../../shared/contract";
import { EmptyNote } from "./EmptyNote";
import { formatInstant } from "./format";

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

/** The audit trail of an order, a partner or a customer, newest first. */
export function HistoryTable({
  entries,
  empty,
}: {
  entries: HistoryEntry[];
  empty: string;
}) {
  const { t } = useTranslation(["orders", "domain"]);
  if (entries.length === 0) return <EmptyNote>{empty}</EmptyNote>;
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
        {entries.map((h) => (
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
