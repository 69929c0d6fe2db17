import {
  Badge,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type { OrderDetail } from "../../../../shared/contract";
import { formatDate, formatInstant } from "../../components/format";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { MilestoneEditor } from "./MilestoneEditor";
import { RemoveMilestoneButton } from "./RemoveMilestoneButton";
import { milestoneLabels, todoLabels, taskLabels } from "./order-labels";

export function ProjectTab({
  order,
  today,
}: {
  order: OrderDetail;
  today: string;
}) {
  const mayEdit =
    useCan("editSchedule") &&
    ["assigned", "ready", "delivered", "in_review"].includes(order.status);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Milestones
        </Title>
        {order.milestones.length === 0 ? (
          <EmptyNote>
            No milestones yet. Cutr sets them after the kick-off.
          </EmptyNote>
        ) : (
          <Table>
            <Table.Tbody>
              {order.milestones.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    {m.kind === "custom" ? m.name : milestoneLabels[m.kind]}
                  </Table.Td>
                  <Table.Td>{formatDate(m.date)}</Table.Td>
                  <Table.Td c="dimmed">
                    set by {m.setBy}, {formatInstant(m.setAt)}
                  </Table.Td>
                  {mayEdit && (
                    <Table.Td w={40}>
                      <RemoveMilestoneButton milestone={m} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayEdit && <MilestoneEditor orderId={order.id} />}
        <Title order={3} size="h5" mt="md">
          Items
        </Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Part</Table.Th>
              <Table.Th>Material</Table.Th>
              <Table.Th>Dimensions (mm)</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.items.map((item) => (
              <Table.Tr key={item.position}>
                <Table.Td>{item.part}</Table.Td>
                <Table.Td>{item.material}</Table.Td>
                <Table.Td>
                  {item.lengthMm} × {item.widthMm} × {item.thicknessMm}
                </Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Partner to-dos
        </Title>
        {order.todos.length === 0 ? (
          <EmptyNote>
            To-dos appear when the order is assigned to a partner.
          </EmptyNote>
        ) : (
          order.todos.map((todo) => {
            const overdue = !todo.doneAt && todo.dueDate < today;
            return (
              <Group key={todo.id} justify="space-between">
                <Text
                  size="sm"
                  td={todo.doneAt ? "line-through" : undefined}
                  c={todo.doneAt ? "dimmed" : undefined}
                >
                  {todoLabels[todo.kind]}
                </Text>
                {todo.doneAt ? (
                  <Badge color="green" variant="light">
                    Done {formatDate(todo.doneAt.slice(0, 10))}
                  </Badge>
                ) : (
                  <Badge color={overdue ? "red" : "gray"} variant="light">
                    {overdue ? "Overdue since" : "Due"}{" "}
                    {formatDate(todo.dueDate)}
                  </Badge>
                )}
              </Group>
            );
          })
        )}
        <Title order={3} size="h5" mt="md">
          Tasks
        </Title>
        {order.tasks.length === 0 ? (
          <EmptyNote>No check-in or kick-off needed for this order.</EmptyNote>
        ) : (
          order.tasks.map((task) => (
            <Group key={task.id} justify="space-between">
              <Text size="sm">
                {taskLabels[task.kind]}
                {task.customerJoins ? " (customer joins)" : ""}
              </Text>
              <Text size="sm" c="dimmed">
                {task.status === "done"
                  ? "Done"
                  : `Proposed: ${task.proposedDates.map(formatDate).join(", ")}`}
              </Text>
            </Group>
          ))
        )}
      </Stack>
    </SimpleGrid>
  );
}
