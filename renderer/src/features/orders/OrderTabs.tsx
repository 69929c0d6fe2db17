// The read-only tabs of an order page. Editing arrives with the areas that own each tab.
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
import type {
  FileFolder,
  MilestoneKind,
  TaskKind,
  TodoKind,
} from "../../../../shared/domain";
import { formatDate, formatInstant } from "../../components/format";

const milestoneLabels: Record<MilestoneKind, string> = {
  measure_up: "Measure-up",
  production_drawing_ready: "Production drawing ready",
  installation: "Installation",
  custom: "Custom",
};
const todoLabels: Record<TodoKind, string> = {
  material_arrival: "Set material arrival date",
  planned_completion: "Set planned completion date",
  delivery_schedule: "Set delivery schedule",
  invoice_reference: "Set invoice reference",
};
const taskLabels: Record<TaskKind, string> = {
  check_in_meeting: "Check-in meeting",
  kick_off_call: "Kick-off call",
};
const folderLabels: Record<FileFolder, string> = {
  finished_product: "Finished product photos",
  packed_product: "Packed product photos",
  production_drawing: "Production drawings",
  sample_picture: "Sample pictures",
  signed_packing_slip: "Signed packing slip",
};
const factorLabels: Record<string, string> = {
  quality: "Quality",
  communication: "Communication",
  involvement: "Involvement",
  deliveryTime: "Delivery time",
  budget: "Budget",
  customerSatisfaction: "Customer satisfaction",
};

function Empty({ children }: { children: string }) {
  return (
    <Text c="dimmed" size="sm">
      {children}
    </Text>
  );
}

export function ProjectTab({
  order,
  today,
}: {
  order: OrderDetail;
  today: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Milestones
        </Title>
        {order.milestones.length === 0 ? (
          <Empty>No milestones yet. Cutr sets them after the kick-off.</Empty>
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
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
          <Empty>To-dos appear when the order is assigned to a partner.</Empty>
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
          <Empty>No check-in or kick-off needed for this order.</Empty>
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

export function FulfilmentTab({ order }: { order: OrderDetail }) {
  const f = order.fulfilment;
  const row = (label: string, value: string) => (
    <Group justify="space-between" maw={480}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
  return (
    <Stack gap="xs">
      {!f ? (
        <Empty>The partner reports fulfilment dates after assignment.</Empty>
      ) : (
        <>
          {row("Material arrival", formatDate(f.materialArrival))}
          {row("Planned completion", formatDate(f.plannedCompletion))}
          {row("Delivery date", formatDate(f.deliveryDate))}
          {row(
            "Method",
            f.method
              ? {
                  delivery: "Delivery",
                  installation: "Installation",
                  pickup: "Pick-up",
                }[f.method]
              : "—",
          )}
          {row(
            "Invoice reference",
            f.noInvoiceReference ? "No reference" : (f.invoiceReference ?? "—"),
          )}
        </>
      )}
      <Title order={3} size="h5" mt="md">
        Delivery date changes
      </Title>
      {order.deliveryDateChanges.length === 0 ? (
        <Empty>The delivery date has not been changed.</Empty>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Reported</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.deliveryDateChanges.map((c, i) => (
              <Table.Tr key={i}>
                <Table.Td>{formatDate(c.oldDate)}</Table.Td>
                <Table.Td>{formatDate(c.newDate)}</Table.Td>
                <Table.Td>
                  {formatInstant(c.recordedAt)}{" "}
                  <Badge color={c.inTime ? "green" : "orange"} variant="light">
                    {c.inTime ? "In time" : "Late"}
                  </Badge>
                </Table.Td>
                <Table.Td>{c.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function FilesTab({ order }: { order: OrderDetail }) {
  const required = (folder: FileFolder) =>
    folder === "finished_product" ||
    folder === "packed_product" ||
    (folder === "production_drawing" && order.requiresProductionDrawing) ||
    (folder === "sample_picture" && order.requiresSamplePicture);
  return (
    <Table maw={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Folder</Table.Th>
          <Table.Th>Files</Table.Th>
          <Table.Th>Review</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.folders.map((f) => (
          <Table.Tr key={f.folder}>
            <Table.Td>
              {folderLabels[f.folder]}{" "}
              {required(f.folder) && (
                <Badge size="xs" variant="outline">
                  Required
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {f.total === 0 ? (
                <Text size="sm" c="dimmed">
                  None yet
                </Text>
              ) : (
                f.total
              )}
            </Table.Td>
            <Table.Td>
              {f.total > 0 &&
                `${f.approved} approved · ${f.pending} pending · ${f.rejected} rejected`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function MessagesTab({ order }: { order: OrderDetail }) {
  return (
    <Stack gap="xs">
      {order.threads.length === 0 ? (
        <Empty>No messages on this order yet.</Empty>
      ) : (
        order.threads.map((t) => (
          <Group key={t.kind} gap="xs">
            <Text fw={500}>
              {t.kind === "cutr" ? "Cutr thread" : "Customer thread"}
            </Text>
            <Text size="sm" c="dimmed">
              {t.messageCount} messages, last {formatInstant(t.lastMessageAt)}
            </Text>
          </Group>
        ))
      )}
      <Text size="sm" c="dimmed">
        Reading and writing messages here arrives with the Messages area.
      </Text>
    </Stack>
  );
}

export function RatingTab({ order }: { order: OrderDetail }) {
  if (!order.rating) {
    return (
      <Empty>
        {order.status === "approved"
          ? "This order has not been rated yet."
          : "An order is rated once it is approved."}
      </Empty>
    );
  }
  const { rating } = order;
  return (
    <Stack gap={6} maw={420}>
      {Object.entries(rating.factors).map(([factor, stars]) => (
        <Group key={factor} justify="space-between">
          <Text size="sm">{factorLabels[factor] ?? factor}</Text>
          <Text
            size="sm"
            aria-label={stars === null ? "not given" : `${stars} of 5 stars`}
          >
            {stars === null
              ? "—"
              : `${"★".repeat(stars)}${"☆".repeat(5 - stars)}`}
          </Text>
        </Group>
      ))}
      <Group justify="space-between" mt="xs">
        <Text fw={600}>Order score</Text>
        <Text fw={600}>{rating.score.toFixed(2)}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        Rated by {rating.ratedBy}, {formatInstant(rating.ratedAt)}
      </Text>
    </Stack>
  );
}

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
  if (order.history.length === 0)
    return <Empty>Nothing has changed on this order yet.</Empty>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>When</Table.Th>
          <Table.Th w={160}>Who</Table.Th>
          <Table.Th w={200}>What</Table.Th>
          <Table.Th>Change</Table.Th>
          <Table.Th>Reason</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.history.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatInstant(h.at)}</Table.Td>
            <Table.Td>{h.actor}</Table.Td>
            <Table.Td>{h.action}</Table.Td>
            <Table.Td>
              {h.before !== null && (
                <Text span size="sm" c="dimmed">
                  {describe(h.before)} →{" "}
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
