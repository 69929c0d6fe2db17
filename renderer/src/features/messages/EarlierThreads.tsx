import { Button, Group, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EarlierThread } from "../../../../shared/contract";
import { businessDateOf } from "../../../../shared/rules/business-time";
import { formatDate } from "../../components/format";
import { ThreadView } from "./ThreadView";

const dayOf = (instant: string) =>
  formatDate(businessDateOf(new Date(instant)));

/**
 * The Cutr threads of the order's ended assignments (DOMAIN.md, What belongs to an assignment):
 * closed, so the next partner never receives them, and opened here for staff to read.
 */
export function EarlierThreads({
  orderId,
  threads,
}: {
  orderId: number;
  threads: EarlierThread[];
}) {
  const { t } = useTranslation("messages");
  const [open, setOpen] = useState<EarlierThread | null>(null);
  return (
    <>
      <Group gap={4}>
        <Text size="sm" c="dimmed">
          {t("earlierThreads.label")}
        </Text>
        {threads.map((thread) => (
          <Button
            key={thread.assignmentId}
            variant="subtle"
            size="compact-sm"
            onClick={() => setOpen(thread)}
          >
            {t("earlierThreads.thread", {
              partner: thread.partnerName,
              from: dayOf(thread.assignedAt),
              to: dayOf(thread.endedAt),
              count: thread.messageCount,
            })}
          </Button>
        ))}
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="lg"
        title={
          open &&
          t("earlierThreads.title", {
            partner: open.partnerName,
            to: dayOf(open.endedAt),
          })
        }
      >
        {open && (
          <ThreadView
            orderId={orderId}
            kind="cutr"
            unread={0}
            assignmentId={open.assignmentId}
          />
        )}
      </Modal>
    </>
  );
}
