import {
  Button,
  Group,
  Modal,
  Stack,
  Switch,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { useChange } from "../../api/use-change";

interface Props {
  orderId: number;
  orderVersion: number;
  orderNumber: string;
  partnerName: string;
  opened: boolean;
  onClose(): void;
}

/** Cancels an order's assignment: the order goes back to the queue; the partner is told. */
export function CancelAssignmentDialog({
  orderId,
  orderVersion,
  orderNumber,
  partnerName,
  opened,
  onClose,
}: Props) {
  const [reason, setReason] = useState("");
  const policy = useOperation("settings.policy", {});
  const [choice, setChoice] = useState<boolean | null>(null);
  // Until the dispatcher chooses, the policy decides whether a cancellation counts.
  const counts = choice ?? policy.data?.cancellationCountsByDefault ?? true;
  const { run, pending } = useChange();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Cancel the assignment of ${orderNumber}`}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">
          {orderNumber} goes back to the dispatch queue for a new partner, and{" "}
          {partnerName} is told by email.
        </Text>
        <Textarea
          label="Reason"
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
        />
        <Switch
          checked={counts}
          onChange={(e) => setChoice(e.currentTarget.checked)}
          label="Counts toward the partner's rating (as an order score of 1.0)"
          description="Turn off for unforeseen circumstances that excuse the partner."
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Keep the assignment
          </Button>
          <Button
            color="red"
            loading={pending}
            disabled={!reason.trim()}
            onClick={() =>
              void run(
                () =>
                  call("dispatch.cancelAssignment", {
                    orderId,
                    orderVersion,
                    reason,
                    countsTowardRating: counts,
                  }),
                () =>
                  `The assignment of ${orderNumber} is cancelled; the order is back in the queue.`,
              ).then((done) => done && onClose())
            }
          >
            Cancel assignment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
