import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InboxRow } from "../../../../shared/contract";
import { formatInstant } from "../../components/format";

export const threadHref = (row: InboxRow) =>
  `/orders/${row.orderId}?tab=messages&thread=${row.kind}`;

/**
 * The inbox's threads. A row opens its thread in the reading pane; the order number opens the
 * order. Beside an open pane the table drops the columns the pane shows.
 */
export function InboxTable({
  rows,
  compact,
  openKey,
  onOpen,
}: {
  rows: InboxRow[];
  compact: boolean;
  /** The thread open in the pane: "orderId-kind". */
  openKey: string | null;
  onOpen(row: InboxRow): void;
}) {
  const { t } = useTranslation("messages");
  return (
    <Table striped highlightOnHover data-key-list>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("inbox.column.order")}</Table.Th>
          {!compact && <Table.Th>{t("inbox.column.thread")}</Table.Th>}
          {!compact && <Table.Th>{t("inbox.column.parties")}</Table.Th>}
          <Table.Th>{t("inbox.column.lastMessage")}</Table.Th>
          {!compact && <Table.Th>{t("inbox.column.when")}</Table.Th>}
          <Table.Th w={210}>{t("inbox.column.state")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={`${row.orderId}-${row.kind}`}
            data-list-row
            tabIndex={-1}
            style={{ cursor: "pointer" }}
            data-selected={
              openKey === `${row.orderId}-${row.kind}` || undefined
            }
            aria-selected={openKey === `${row.orderId}-${row.kind}`}
            bg={openKey === `${row.orderId}-${row.kind}` ? "blue.0" : undefined}
            // The order number is a link of its own; anywhere else on the row opens the thread.
            onClick={(e) =>
              !(e.target as HTMLElement).closest("a") && onOpen(row)
            }
          >
            <Table.Td>
              <Anchor
                component={Link}
                to={threadHref(row)}
                ff="monospace"
                style={{ whiteSpace: "nowrap" }}
              >
                {row.orderNumber}
              </Anchor>
            </Table.Td>
            {!compact && <Table.Td>{t(`threadKind.${row.kind}`)}</Table.Td>}
            {!compact && (
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {row.partnerName ?? t("inbox.noPartner")} · {row.customerName}
                </Text>
              </Table.Td>
            )}
            <Table.Td maw={420}>
              <Text size="sm" lineClamp={1}>
                <Text span fw={500} size="sm">
                  {row.lastAuthorName}:
                </Text>{" "}
                {row.snippet}
              </Text>
            </Table.Td>
            {!compact && (
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                  {formatInstant(row.lastMessageAt)}
                </Text>
              </Table.Td>
            )}
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {row.unread > 0 && (
                  <Badge size="sm">
                    {t("inbox.unreadCount", { count: row.unread })}
                  </Badge>
                )}
                {row.overdue ? (
                  <Badge size="sm" color="red" variant="light">
                    {t("inbox.overdue")}
                  </Badge>
                ) : (
                  row.unanswered && (
                    <Badge size="sm" color="orange" variant="light">
                      {t("inbox.unanswered")}
                    </Badge>
                  )
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
