import { Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { useOperation } from "../../api/use-operation";
import { formatDate } from "../../components/format";
import { LoadState } from "../../components/LoadState";

const todoNames: Record<string, string> = {
  material_arrival: "Material arrival date",
  planned_completion: "Planned completion date",
  delivery_schedule: "Delivery schedule",
  invoice_reference: "Invoice reference",
};

/** Partner to-dos past their due date, oldest first: who to call today. */
export function OverdueTodos() {
  const overdue = useOperation("todos.overdue", {});
  if (!overdue.data)
    return (
      <LoadState
        error={overdue.error}
        retry={() => void overdue.refetch()}
        label="overdue to-dos"
      />
    );
  if (overdue.data.length === 0)
    return <Text c="dimmed">No partner to-do is overdue.</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Order</Table.Th>
          <Table.Th>Partner</Table.Th>
          <Table.Th>To-do</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th ta="right">Days overdue</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {overdue.data.map((t) => (
          <Table.Tr key={`${t.orderId}-${t.kind}`}>
            <Table.Td ff="monospace">
              <Link to={`/orders/${t.orderId}`}>{t.number}</Link>
            </Table.Td>
            <Table.Td>
              <Link to={`/partners/${t.partnerId}`}>{t.partnerName}</Link>
            </Table.Td>
            <Table.Td>{todoNames[t.kind] ?? t.kind}</Table.Td>
            <Table.Td>{formatDate(t.dueDate)}</Table.Td>
            <Table.Td ta="right">{t.daysOverdue}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
