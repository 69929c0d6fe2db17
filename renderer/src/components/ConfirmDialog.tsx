import { Alert, Button, Group, Stack } from "@mantine/core";
import { Modal } from "./Modal";

/** A change that cannot be undone, said before it is made; the keyboard starts on "keep". */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  text,
  keepLabel,
  confirmLabel,
  pending,
  onConfirm,
}: {
  opened: boolean;
  onClose(): void;
  title: string;
  text: string;
  keepLabel: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm(): void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="sm">
        <Alert color="red" variant="light">
          {text}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={onClose}>
            {keepLabel}
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
