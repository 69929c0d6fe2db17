// orders.cancel: the customer withdrew the order. From open or assigned, the order becomes
// cancelled with the reason; its open offers are withdrawn; an assignment ends without counting
// toward the partner's rating (it was not the partner's doing) and the partner is told by email.
import type { Kysely } from "kysely";
import type { StatusResult } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { staleOrder } from "../dispatch/conflict";
import { AppError, notFound } from "../errors";
import { enqueueEmail } from "../outbox/enqueue-email";

interface Cancelling {
  id: number;
  number: string;
  partnerId: number | null;
  reason: string;
  userId: number;
  now: Date;
}

/** Ends the order's current assignment as not counting, frees the partner's place and tells it. */
async function endAssignment(trx: Kysely<Database>, order: Cancelling) {
  const now = order.now.toISOString();
  const assignment = await trx
    .updateTable("assignments")
    .set({
      cancelled_at: now,
      cancelled_by: order.userId,
      cancel_reason: order.reason,
      counts_toward_rating: 0,
    })
    .where("order_id", "=", order.id)
    .where("cancelled_at", "is", null)
    .returning(["id", "partner_id"])
    .executeTakeFirst();
  if (!assignment) return;
  await trx
    .updateTable("tasks")
    .set({ status: "cancelled", done_at: now })
    .where("assignment_id", "=", assignment.id)
    .where("status", "=", "open")
    .execute();
  const partner = await trx
    .updateTable("partners")
    .set((eb) => ({ active_orders: eb("active_orders", "-", 1) }))
    .where("id", "=", assignment.partner_id)
    .returning(["email", "name", "language"])
    .executeTakeFirstOrThrow();
  const t = translatorFor(partner.language);
  await enqueueEmail(trx, {
    kind: "order_cancelled",
    orderId: order.id,
    recipient: partner.email,
    subject: t("email:orderCancelled.subject", { number: order.number }),
    body: t("email:orderCancelled.body", {
      name: partner.name,
      number: order.number,
      reason: order.reason,
    }),
    dueAt: order.now,
    createdAt: order.now,
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
    const cancelling = {
      id: order.id,
      number: order.number,
      partnerId: order.partner_id,
      reason: input.reason,
      userId: user.id,
      now,
    };
    if (order.status === "assigned") await endAssignment(trx, cancelling);
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
    return {
      orderId: order.id,
      status: "cancelled",
      orderVersion: order.version + 1,
    };
  });
}
