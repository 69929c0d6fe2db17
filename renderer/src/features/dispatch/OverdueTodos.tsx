import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todoKinds, type TodoKind } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { formatCount, formatDate } from "../../components/format";
import { LoadState } from "../../components/LoadState";

const isTodoKind = (kind: string): kind is TodoKind =>
  (todoKinds as readonly string[]).includes(kind);

/** Partner to-dos past their due date, oldest first: who to call today. */
export function OverdueTodos() {
  const { t } = useTranslation("dispatch");
  const overdue = useOperation("todos.overdue", {});
  if (!overdue.data)
    return (
      <LoadState
        error={overdue.error}
        retry={() => void overdue.refetch()}
        label={t("overdue.what")}
      />
    );
  if (overdue.data.length === 0)
    return <Text c="dimmed">{t("overdue.none")}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("overdue.column.order")}</Table.Th>
          <Table.Th>{t("overdue.column.partner")}</Table.Th>
          <Table.Th>{t("overdue.column.todo")}</Table.Th>
          <Table.Th>{t("overdue.column.due")}</Table.Th>
          <Table.Th ta="right">{t("overdue.column.daysOverdue")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {overdue.data.map((todo) => (
          <Table.Tr key={`${todo.orderId}-${todo.kind}`}>
            <Table.Td ff="monospace">
              <Link to={`/orders/${todo.orderId}`}>{todo.number}</Link>
            </Table.Td>
            <Table.Td>
              <Link to={`/partners/${todo.partnerId}`}>{todo.partnerName}</Link>
            </Table.Td>
            <Table.Td>
              {isTodoKind(todo.kind)
                ? t(`overdue.todo.${todo.kind}`)
                : todo.kind}
            </Table.Td>
            <Table.Td>{formatDate(todo.dueDate)}</Table.Td>
            <Table.Td ta="right">{formatCount(todo.daysOverdue)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
