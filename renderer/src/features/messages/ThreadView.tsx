import {
  Badge,
  Button,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Message } from "../../../../shared/contract";
import type { ThreadKind } from "../../../../shared/domain";
import { call } from "../../api/client";
import { saveStoredFile } from "../../api/save-file";
import { useOperation } from "../../api/use-operation";
import { EmptyNote } from "../../components/EmptyNote";
import { formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { useFileUrl } from "../files/use-file-url";
import { MessageBodyView } from "./MessageBodyView";

function AttachedPhoto({ id, name }: { id: number; name: string }) {
  const { t } = useTranslation("messages");
  const { url } = useFileUrl(id, "attachment");
  return (
    <UnstyledButton
      aria-label={t("thread.save", { name })}
      onClick={() => void saveStoredFile(id, "attachment", name)}
    >
      {url ? (
        <Image
          src={url}
          alt={name}
          h={120}
          w="auto"
          fit="contain"
          radius="sm"
        />
      ) : (
        <Text size="xs">{name}</Text>
      )}
    </UnstyledButton>
  );
}

function MessageCard({ message }: { message: Message }) {
  const { t } = useTranslation("messages");
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={message.authorKind === "staff" ? "blue.0" : undefined}
      ml={message.authorKind === "staff" ? 48 : 0}
      mr={message.authorKind === "staff" ? 0 : 48}
    >
      <Group justify="space-between" mb={4}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {message.authorName}
          </Text>
          <Badge size="xs" variant="light" color="gray">
            {t(`author.${message.authorKind}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {formatInstant(message.createdAt)}
        </Text>
      </Group>
      <MessageBodyView body={message.body} />
      {message.attachments.length > 0 && (
        <Group gap="xs" mt="xs">
          {message.attachments.map((a) => (
            <AttachedPhoto key={a.id} id={a.id} name={a.name} />
          ))}
        </Group>
      )}
    </Paper>
  );
}

/**
 * One thread's messages, oldest first, marked read once shown: the order's open thread of a
 * kind, or the closed Cutr thread of an ended assignment (read only, never unread).
 */
export function ThreadView({
  orderId,
  kind,
  unread,
  assignmentId,
}: {
  orderId: number;
  kind: ThreadKind;
  unread: number;
  assignmentId?: number;
}) {
  const { t } = useTranslation("messages");
  const [limit, setLimit] = useState(50);
  const list = useOperation("messages.list", {
    orderId,
    thread: kind,
    assignmentId,
    limit,
  });
  const queryClient = useQueryClient();
  useEffect(() => {
    if (unread === 0 || !list.data) return;
    void call("messages.markRead", { orderId, thread: kind }).then(() =>
      queryClient.invalidateQueries({
        predicate: (q) =>
          [
            "messages.threads",
            "messages.inbox",
            "messages.unreadCount",
          ].includes(String(q.queryKey[0])),
      }),
    );
  }, [unread, list.data, orderId, kind, queryClient]);
  if (!list.data)
    return (
      <LoadState
        error={list.error}
        retry={() => void list.refetch()}
        label={t("thread.loading")}
      />
    );
  return (
    <Stack gap="xs">
      {list.data.hasMore && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          onClick={() => setLimit((n) => Math.min(200, n + 50))}
        >
          {t("thread.earlier")}
        </Button>
      )}
      {list.data.messages.length === 0 ? (
        <EmptyNote>{t("thread.empty")}</EmptyNote>
      ) : (
        list.data.messages.map((m) => <MessageCard key={m.id} message={m} />)
      )}
    </Stack>
  );
}
