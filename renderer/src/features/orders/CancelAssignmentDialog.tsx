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
import { useDispatchChange } from "../dispatch/use-dispatch-change";

interface Props {
  orderId: number;
  orderNumber: string;
  partnerName: string;
  opened: boolean;
  onClose(): void;
}

/** Cancels an order's assignment: the order goes back to the queue; the partner is told. */
export function CancelAssignmentDialog({
  orderId,
  orderNumber,
  partnerName,
  opened,
  onClose,
}: Props) {
  const [reason, setReason] = useState("");
  const [counts, setCounts] = useState(true);
  const { run, pending } = useDispatchChange();
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
          onChange={(e) => setCounts(e.currentTarget.checked)}
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
