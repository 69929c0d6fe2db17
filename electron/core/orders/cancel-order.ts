// orders.cancel: the customer withdrew the order. From open or assigned, the order becomes
// cancelled with the reason; its open offers are withdrawn; an assignment ends without counting
// toward the partner's rating (it was not the partner's doing) and the partner is told by email.
import type { Kysely } from "kysely";
import type { StatusResult } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { emitWebhookEvent } from "../integrations/webhooks/emit-webhook-event";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { staleOrder } from "../dispatch/conflict";
import { endCurrentAssignment } from "../dispatch/end-assignment";
import { AppError, notFound } from "../errors";
import { enqueueEmail } from "../outbox/enqueue-email";

/** Ends the order's assignment as not counting toward the rating, and tells the partner. */
async function endAssignment(
  trx: Kysely<Database>,
  order: { id: number; number: string },
  end: { userId: number; now: Date; reason: string },
) {
  const ended = await endCurrentAssignment(trx, order.id, {
    ...end,
    countsTowardRating: false,
  });
  if (!ended) return;
  const t = translatorFor(ended.partner.language);
  await enqueueEmail(trx, {
    kind: "order_cancelled",
    orderId: order.id,
    recipient: ended.partner.email,
    subject: t("email:orderCancelled.subject", { number: order.number }),
    body: t("email:orderCancelled.body", {
      name: ended.partner.name,
      number: order.number,
      reason: end.reason,
    }),
    dueAt: end.now,
    createdAt: end.now,
  });
}

export async function cancelOrder(
  context: RequestContext,
  input: { orderId: number; orderVersion: number; reason: string },
): Promise<StatusResult> {
  const user = signedInUser(context);
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    await lockRow(trx, "orders", input.orderId);
    const order = await trx
      .selectFrom("orders")
      .select(["id", "number", "status", "version", "partner_id"])
      .where("id", "=", input.orderId)
      .executeTakeFirst();
    if (!order) throw notFound("order", input.orderId);
    if (order.version !== input.orderVersion)
      throw await staleOrder(trx, order.id);
    if (order.status !== "open" && order.status !== "assigned")
      throw new AppError("RULE", {
        key: "errors:orders.cancelNotAllowed",
        values: { number: order.number, status: order.status },
      });
    if (order.status === "assigned")
      await endAssignment(trx, order, {
        userId: user.id,
        now,
        reason: input.reason,
      });
    const withdrawn = await trx
      .updateTable("offers")
      .set({ status: "withdrawn", responded_at: now.toISOString() })
      .where("order_id", "=", order.id)
      .where("status", "=", "open")
      .executeTakeFirst();
    await trx
      .updateTable("orders")
      .set({
        status: "cancelled",
        cancelled_at: now.toISOString(),
        cancel_reason: input.reason,
        version: order.version + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", order.id)
      .execute();
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "order.cancelled",
      entity: "order",
      entityId: order.id,
      orderId: order.id,
      before: { status: order.status },
      after: {
        status: "cancelled",
        withdrawnOffers: Number(withdrawn.numUpdatedRows),
        ...(order.status === "assigned" ? { countsTowardRating: false } : {}),
      },
      reason: input.reason,
    });
    await emitWebhookEvent(trx, {
      event: "order.cancelled",
      orderId: order.id,
      at: now,
      data: { reason: input.reason },
    });
    return {
      orderId: order.id,
      status: "cancelled",
      orderVersion: order.version + 1,
    };
  });
}
