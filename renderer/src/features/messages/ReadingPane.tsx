import { Anchor, CloseButton, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useHotkeys } from "@mantine/hooks";
import { shortcutItems } from "../../app/shortcuts";
import { MessagesTab } from "../orders/MessagesTab";

/** A thread read and answered beside the inbox, without leaving it; Esc closes it. */
export function ReadingPane({
  orderId,
  orderNumber,
  onClose,
  onSent,
}: {
  orderId: number;
  orderNumber: string | null;
  onClose(): void;
  /** After an answer is sent: the inbox opens the next thread. */
  onSent(): void;
}) {
  const { t } = useTranslation("messages");
  // From anywhere, the reply being typed too (it is kept as a draft), unless a dialog is on top.
  useHotkeys(
    shortcutItems("closePane", () => {
      if (!document.querySelector('[role="dialog"]')) onClose();
    }),
    [],
    true,
  );
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      // Stays in view while the list beside it scrolls.
      style={{
        flex: 1,
        minWidth: 0,
        position: "sticky",
        top: 8,
        maxHeight: "calc(100vh - 16px)",
        overflow: "auto",
      }}
      role="region"
      aria-label={t("inbox.pane")}
    >
      <Group justify="space-between" mb="xs">
        <Anchor
          component={Link}
          to={`/orders/${orderId}?tab=messages`}
          ff="monospace"
          fw={600}
        >
          {orderNumber ?? t("inbox.openOrder")}
        </Anchor>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t("inbox.paneHint")}
          </Text>
          <CloseButton aria-label={t("inbox.closePane")} onClick={onClose} />
        </Group>
      </Group>
      <MessagesTab orderId={orderId} onSent={onSent} />
    </Paper>
  );
}
