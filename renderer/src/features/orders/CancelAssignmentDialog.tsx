import { Button, Group, Stack, Switch, Text, Textarea } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { useState } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("orders");
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
      title={t("cancelAssignment.title", { number: orderNumber })}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">
          {t("cancelAssignment.text", {
            number: orderNumber,
            partner: partnerName,
          })}
        </Text>
        <Textarea
          label={t("cancelAssignment.reason")}
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
          label={t("cancelAssignment.counts")}
          description={t("cancelAssignment.countsHint")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t("cancelAssignment.keep")}
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
                () => t("cancelAssignment.done", { number: orderNumber }),
              ).then((done) => done && onClose())
            }
          >
            {t("cancelAssignment.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
