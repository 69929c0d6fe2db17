import {
  Badge,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import { formatDate, formatInstant } from "../../components/format";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { MilestoneEditor } from "./MilestoneEditor";
import { RemoveMilestoneButton } from "./RemoveMilestoneButton";
import { TaskList } from "./TaskList";

export function ProjectTab({
  order,
  today,
}: {
  order: OrderDetail;
  today: string;
}) {
  const { t } = useTranslation("orders");
  const mayEdit =
    useCan("editSchedule") &&
    ["assigned", "ready", "delivered", "in_review"].includes(order.status);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("project.milestones")}
        </Title>
        {order.milestones.length === 0 ? (
          <EmptyNote>{t("project.noMilestones")}</EmptyNote>
        ) : (
          <Table>
            <Table.Tbody>
              {order.milestones.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    {m.kind === "custom" ? m.name : t(`milestone.${m.kind}`)}
                  </Table.Td>
                  <Table.Td>{formatDate(m.date)}</Table.Td>
                  <Table.Td c="dimmed">
                    {t("project.setBy", {
                      name: m.setBy,
                      at: formatInstant(m.setAt),
                    })}
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
          {t("project.items")}
        </Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("project.part")}</Table.Th>
              <Table.Th>{t("project.material")}</Table.Th>
              <Table.Th>{t("project.dimensions")}</Table.Th>
              <Table.Th ta="right">{t("project.quantity")}</Table.Th>
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
          {t("project.todos")}
        </Title>
        {order.todos.length === 0 ? (
          <EmptyNote>{t("project.noTodos")}</EmptyNote>
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
                  {t(`todo.${todo.kind}`)}
                </Text>
                {todo.doneAt ? (
                  <Badge color="green" variant="light">
                    {t("project.doneOn", {
                      date: formatDate(todo.doneAt.slice(0, 10)),
                    })}
                  </Badge>
                ) : (
                  <Badge color={overdue ? "red" : "gray"} variant="light">
                    {t(overdue ? "project.overdueSince" : "project.due", {
                      date: formatDate(todo.dueDate),
                    })}
                  </Badge>
                )}
              </Group>
            );
          })
        )}
        <Title order={3} size="h5" mt="md">
          {t("project.tasks")}
        </Title>
        <TaskList order={order} mayEdit={mayEdit} />
      </Stack>
    </SimpleGrid>
  );
}
