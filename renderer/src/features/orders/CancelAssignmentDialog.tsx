import { Switch } from "@mantine/core";
import { ReasonDialog } from "../../components/ReasonDialog";
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
  const policy = useOperation("settings.policy", {});
  const [choice, setChoice] = useState<boolean | null>(null);
  // Until the dispatcher chooses, the policy decides whether a cancellation counts.
  const counts = choice ?? policy.data?.cancellationCountsByDefault ?? true;
  const { run, pending } = useChange();
  return (
    <ReasonDialog
      opened={opened}
      onClose={onClose}
      title={t("cancelAssignment.title", { number: orderNumber })}
      text={t("cancelAssignment.text", {
        number: orderNumber,
        partner: partnerName,
      })}
      reasonLabel={t("cancelAssignment.reason")}
      keepLabel={t("cancelAssignment.keep")}
      confirmLabel={t("cancelAssignment.confirm")}
      color="red"
      pending={pending}
      onConfirm={async (reason) =>
        (await run(
          () =>
            call("dispatch.cancelAssignment", {
              orderId,
              orderVersion,
              reason,
              countsTowardRating: counts,
            }),
          () => t("cancelAssignment.done", { number: orderNumber }),
        )) !== null
      }
    >
      <Switch
        checked={counts}
        onChange={(e) => setChoice(e.currentTarget.checked)}
        label={t("cancelAssignment.counts")}
        description={t("cancelAssignment.countsHint")}
      />
    </ReasonDialog>
  );
}
