import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { useState, type ReactNode } from "react";
import { Modal } from "./Modal";
import { shortcutItems } from "../app/shortcuts";

interface ReasonDialogProps {
  opened: boolean;
  onClose(): void;
  title: string;
  /** What the change does, said before it is made. */
  text: ReactNode;
  reasonLabel: string;
  keepLabel: string;
  confirmLabel: string;
  color: string;
  pending: boolean;
  /** More fields between the reason and the buttons. */
  children?: ReactNode;
  /** Whether those fields let the change be made. */
  ready?: boolean;
  /** Makes the change; true when it was made (the dialog then closes and forgets the reason). */
  onConfirm(reason: string): Promise<boolean>;
}

/** A change that needs a written reason (audited): the reason, then Ctrl+Enter or the button. */
export function ReasonDialog({
  opened,
  onClose,
  title,
  text,
  reasonLabel,
  keepLabel,
  confirmLabel,
  color,
  pending,
  children,
  ready = true,
  onConfirm,
}: ReasonDialogProps) {
  const [reason, setReason] = useState("");
  const canConfirm = ready && reason.trim() !== "" && !pending;
  const confirm = async () => {
    if (!canConfirm) return;
    if (await onConfirm(reason.trim())) {
      setReason("");
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack
        gap="sm"
        onKeyDown={getHotkeyHandler(
          shortcutItems("submit", () => void confirm()),
        )}
      >
        {typeof text === "string" ? <Text size="sm">{text}</Text> : text}
        <Textarea
          label={reasonLabel}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {keepLabel}
          </Button>
          <Button
            color={color}
            loading={pending}
            disabled={!canConfirm}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
