import {
  Alert,
  Badge,
  Group,
  SegmentedControl,
  Stack,
  Text,
} from "@mantine/core";
import { useSearchParams } from "react-router";
import type { OrderDetail } from "../../../../shared/contract";
import type { ThreadKind } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";
import { Composer } from "../messages/Composer";
import { ThreadView } from "../messages/ThreadView";

const threadLabels: Record<ThreadKind, string> = {
  cutr: "Cutr thread",
  customer: "Customer thread",
};

/** The order's two conversations: with the partner, and with the partner and the customer. */
export function MessagesTab({ order }: { order: OrderDetail }) {
  const [params, setParams] = useSearchParams();
  const kind = (
    params.get("thread") === "customer" ? "customer" : "cutr"
  ) as ThreadKind;
  const threads = useOperation("messages.threads", { orderId: order.id });
  if (!threads.data)
    return (
      <LoadState
        error={threads.error}
        retry={() => void threads.refetch()}
        label="the threads"
      />
    );
  const thread = threads.data.find((t) => t.kind === kind);
  if (!thread) return null;
  return (
    <Stack gap="sm" maw={860}>
      <SegmentedControl
        w="fit-content"
        value={kind}
        onChange={(value) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              next.set("thread", value);
              return next;
            },
            { replace: true },
          )
        }
        data={threads.data.map((t) => ({
          value: t.kind,
          label: (
            <Group gap={6} wrap="nowrap">
              <span>{threadLabels[t.kind]}</span>
              {t.unread > 0 && (
                <Badge size="xs" circle aria-label={`${t.unread} unread`}>
                  {t.unread}
                </Badge>
              )}
              {t.overdue && (
                <Badge size="xs" color="red" variant="light">
                  Overdue
                </Badge>
              )}
            </Group>
          ),
        }))}
      />
      {thread.unanswered && (
        <Text size="sm" c={thread.overdue ? "red.9" : "orange.9"}>
          {thread.overdue
            ? "Waiting on Cutr for longer than the reply time."
            : "Waiting on Cutr's answer."}
        </Text>
      )}
      {(thread.available || thread.messageCount > 0) && (
        <ThreadView key={kind} orderId={order.id} thread={thread} />
      )}
      {thread.available ? (
        <Composer
          key={`${order.id}-${kind}`}
          orderId={order.id}
          thread={kind}
        />
      ) : (
        <Alert color="gray" title="No Customer thread">
          {thread.unavailableReason}
        </Alert>
      )}
    </Stack>
  );
}
