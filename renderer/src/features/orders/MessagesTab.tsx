import {
  Alert,
  Badge,
  Group,
  SegmentedControl,
  Stack,
  Text,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { ThreadKind } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";
import { Composer } from "../messages/Composer";
import { EarlierThreads } from "../messages/EarlierThreads";
import { ThreadView } from "../messages/ThreadView";

/** The order's two conversations: with the partner, and with the partner and the customer. */
export function MessagesTab({
  orderId,
  onSent,
}: {
  orderId: number;
  /** After a message is sent from this tab. */
  onSent?(): void;
}) {
  // As an array: the thread's unavailableReason names its key with the namespace ("orders:…").
  const { t } = useTranslation(["orders"]);
  const [params, setParams] = useSearchParams();
  const kind = (
    params.get("thread") === "customer" ? "customer" : "cutr"
  ) as ThreadKind;
  const threads = useOperation("messages.threads", { orderId: orderId });
  if (!threads.data)
    return (
      <LoadState
        error={threads.error}
        retry={() => void threads.refetch()}
        label={t("messages.what")}
      />
    );
  const thread = threads.data.find((th) => th.kind === kind);
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
        data={threads.data.map((th) => ({
          value: th.kind,
          label: (
            <Group gap={6} wrap="nowrap">
              <span>{t(`messages.thread.${th.kind}`)}</span>
              {th.unread > 0 && (
                <Badge
                  size="xs"
                  circle
                  aria-label={t("messages.unread", { unread: th.unread })}
                >
                  {th.unread}
                </Badge>
              )}
              {th.overdue && (
                <Badge size="xs" color="red" variant="light">
                  {t("messages.overdue")}
                </Badge>
              )}
            </Group>
          ),
        }))}
      />
      {thread.earlier.length > 0 && (
        <EarlierThreads orderId={orderId} threads={thread.earlier} />
      )}
      {thread.unanswered && (
        <Text size="sm" c={thread.overdue ? "red.9" : "orange.9"}>
          {thread.overdue
            ? t("messages.waitingOverdue")
            : t("messages.waiting")}
        </Text>
      )}
      {(thread.available || thread.messageCount > 0) && (
        <ThreadView
          key={kind}
          orderId={orderId}
          kind={kind}
          unread={thread.unread}
        />
      )}
      {thread.available ? (
        <Composer
          key={`${orderId}-${kind}`}
          orderId={orderId}
          thread={kind}
          emailTo={thread.emailTo}
          onSent={onSent}
        />
      ) : (
        <Alert color="gray" title={t("messages.noCustomerThread")}>
          {thread.unavailableReason &&
            t(thread.unavailableReason.key, {
              ...thread.unavailableReason.values,
            })}
        </Alert>
      )}
    </Stack>
  );
}
