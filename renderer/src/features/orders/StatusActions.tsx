import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { OrderDetail } from "../../../../shared/contract";
import { ApiFailure, call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useCan } from "../../app/use-can";
import { readBase64 } from "../files/read-base64";
import { DeliveredForm } from "./DeliveredForm";
import { FeedbackForm } from "./FeedbackForm";
import { ReadyChecklist } from "./ReadyChecklist";

type Dialog = "ready" | "delivered" | "feedback" | "approve" | null;

/** The status moves of an order, each behind a dialog that shows what the move needs. */
export function StatusActions({ order }: { order: OrderDetail }) {
  const mayMove = useCan("moveStatus");
  const mayImport = useCan("importFiles");
  const [dialog, setDialog] = useState<Dialog>(null);
  const { run, pending } = useChange();
  if (!mayMove) return null;
  const close = () => setDialog(null);
  const done = (ok: unknown) => ok && close();
  return (
    <>
      <Group gap="xs">
        {order.status === "assigned" && (
          <Button size="xs" onClick={() => setDialog("ready")}>
            Mark ready…
          </Button>
        )}
        {order.status === "ready" && (
          <Button size="xs" onClick={() => setDialog("delivered")}>
            Mark delivered…
          </Button>
        )}
        {order.status === "delivered" && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setDialog("feedback")}
          >
            Record feedback…
          </Button>
        )}
        {(order.status === "delivered" || order.status === "in_review") && (
          <Button size="xs" onClick={() => setDialog("approve")}>
            Approve…
          </Button>
        )}
      </Group>
      <Modal
        opened={dialog === "ready"}
        onClose={close}
        title={`Mark ${order.number} ready`}
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
                () => `${order.number} is ready.`,
              ).then(done)
            }
          />
        )}
      </Modal>
      <Modal
        opened={dialog === "delivered"}
        onClose={close}
        title={`Mark ${order.number} delivered`}
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
              () =>
                `${order.number} is delivered. The customer has 14 days for feedback.`,
            ).then(done)
          }
        />
      </Modal>
      <Modal
        opened={dialog === "feedback"}
        onClose={close}
        title={`Customer feedback on ${order.number}`}
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
              () =>
                kind === "positive"
                  ? `${order.number} is approved.`
                  : `${order.number} is in review.`,
            ).then(done)
          }
        />
      </Modal>
      <Modal
        opened={dialog === "approve"}
        onClose={close}
        title={`Approve ${order.number}`}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            {order.status === "in_review"
              ? "The customer's issues are resolved: approve the order. It can then be rated."
              : "Approve before the 14-day feedback window ends, for instance when the customer confirmed by phone."}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={pending}
              onClick={() =>
                void run(
                  () =>
                    call("orders.approve", {
                      orderId: order.id,
                      orderVersion: order.version,
                    }),
                  () => `${order.number} is approved.`,
                ).then(done)
              }
            >
              Approve
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
