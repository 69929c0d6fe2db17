import { Button, Group, Stack, Text } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { ReasonDialog } from "../../components/ReasonDialog";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import { ApiFailure, call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { readBase64 } from "../files/read-base64";
import { DeliveredForm } from "./DeliveredForm";
import { FeedbackForm } from "./FeedbackForm";
import { ReadyChecklist } from "./ReadyChecklist";

type Dialog = "ready" | "delivered" | "feedback" | "approve" | null;

/** The status moves of an order, each behind a dialog that shows what the move needs. */
export function StatusActions({ order }: { order: OrderDetail }) {
  const { t } = useTranslation("orders");
  const mayMove = useCan("moveStatus");
  const mayImport = useCan("importFiles");
  const [dialog, setDialog] = useState<Dialog>(null);
  const { run, pending } = useChange();
  // The customer's feedback window as the policy sets it (DOMAIN.md: 14 days unless changed).
  const days =
    useOperation("settings.policy", {}).data?.feedbackWindowDays ?? 14;
  if (!mayMove) return null;
  const close = () => setDialog(null);
  const done = (ok: unknown) => ok && close();
  // A delivered order approved before the customer's window ends needs a reason (the core decides;
  // this only picks the dialog that asks for one).
  const early =
    order.status === "delivered" &&
    order.feedbackWindowEndsAt !== null &&
    Date.now() < Date.parse(order.feedbackWindowEndsAt);
  const approve = async (reason?: string) =>
    Boolean(
      await run(
        () =>
          call("orders.approve", {
            orderId: order.id,
            orderVersion: order.version,
            ...(reason ? { reason } : {}),
          }),
        () => t("status.approved", { number: order.number }),
      ),
    );
  return (
    <>
      <Group gap="xs">
        {order.status === "assigned" && (
          <Button size="xs" onClick={() => setDialog("ready")}>
            {t("status.markReady")}
          </Button>
        )}
        {order.status === "ready" && (
          <Button size="xs" onClick={() => setDialog("delivered")}>
            {t("status.markDelivered")}
          </Button>
        )}
        {order.status === "delivered" && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setDialog("feedback")}
          >
            {t("status.recordFeedback")}
          </Button>
        )}
        {(order.status === "delivered" || order.status === "in_review") && (
          <Button size="xs" onClick={() => setDialog("approve")}>
            {t("status.approve")}
          </Button>
        )}
      </Group>
      <Modal
        opened={dialog === "ready"}
        onClose={close}
        title={t("status.readyTitle", { number: order.number })}
        centered
        size="lg"
      >
        {dialog === "ready" && (
          <ReadyChecklist
            orderId={order.id}
            pending={pending}
            onConfirm={() =>
              void run(
                () =>
                  call("orders.markReady", {
                    orderId: order.id,
                    orderVersion: order.version,
                  }),
                () => t("status.readyDone", { number: order.number }),
              ).then(done)
            }
          />
        )}
      </Modal>
      <Modal
        opened={dialog === "delivered"}
        onClose={close}
        title={t("status.deliveredTitle", { number: order.number })}
        centered
      >
        <DeliveredForm
          pending={pending}
          mayAttachScan={mayImport}
          onConfirm={(scan) =>
            void run(
              async () => {
                // The scan first: if it is refused, the order is not marked delivered without it.
                if (scan)
                  await call("files.import", {
                    orderId: order.id,
                    folder: "signed_packing_slip",
                    name: scan.name,
                    dataBase64: await readBase64(scan),
                  }).catch((error: unknown) => {
                    // Kept by an earlier attempt whose status move failed: go on.
                    if (!(
                      error instanceof ApiFailure && error.code === "CONFLICT"
                    ))
                      throw error;
                  });
                return call("orders.markDelivered", {
                  orderId: order.id,
                  orderVersion: order.version,
                  signedSlipConfirmed: true,
                });
              },
              () => t("status.deliveredDone", { number: order.number, days }),
            ).then(done)
          }
        />
      </Modal>
      <Modal
        opened={dialog === "feedback"}
        onClose={close}
        title={t("status.feedbackTitle", { number: order.number })}
        centered
      >
        <FeedbackForm
          pending={pending}
          onSave={(kind, text, aboutQuality) =>
            void run(
              () =>
                call("orders.recordFeedback", {
                  orderId: order.id,
                  kind,
                  text,
                  aboutQuality,
                }),
              () => t("status.inReview", { number: order.number }),
            ).then(done)
          }
        />
      </Modal>
      {/* Approving a delivered order early, without feedback, needs a reason (audited). */}
      <ReasonDialog
        opened={dialog === "approve" && early}
        onClose={close}
        title={t("status.approveTitle", { number: order.number })}
        text={t("status.approveEarly", { days })}
        reasonLabel={t("status.earlyReason", { days })}
        keepLabel={t("status.cancel")}
        confirmLabel={t("status.confirmApprove")}
        color="blue"
        pending={pending}
        onConfirm={(reason) => approve(reason)}
      />
      <Modal
        opened={dialog === "approve" && !early}
        onClose={close}
        title={t("status.approveTitle", { number: order.number })}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            {order.status === "in_review"
              ? t("status.approveInReview")
              : t("status.approveWindowOver")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("status.cancel")}
            </Button>
            <Button
              loading={pending}
              onClick={() => void approve().then(done)}
              data-autofocus
            >
              {t("status.confirmApprove")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
