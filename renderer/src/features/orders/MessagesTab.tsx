import { Group, Stack, Text } from "@mantine/core";
import type { OrderDetail } from "../../../../shared/contract";
import { formatInstant } from "../../components/format";
import { EmptyNote } from "../../components/EmptyNote";

export function MessagesTab({ order }: { order: OrderDetail }) {
  return (
    <Stack gap="xs">
      {order.threads.length === 0 ? (
        <EmptyNote>No messages on this order yet.</EmptyNote>
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
