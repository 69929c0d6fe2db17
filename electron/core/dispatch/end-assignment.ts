// The end of an order's current assignment, however it ends (the dispatcher cancels it, or the
// customer withdraws the order): the assignment closed with its reason and whether it counts toward
// the partner's rating, its open tasks cancelled, its fulfilment dates and billing reference
// cleared (kept in the history), its Cutr thread closed (kept for staff), the partner's place freed. The caller tells the partner and moves
// the order.
import type { Kysely } from "kysely";
import { writeAudit } from "../audit/write-audit";
import type { Database } from "../db/schema";

export interface EndedAssignment {
  assignmentId: number;
  partner: { id: number; email: string; name: string; language: "en" | "nl" };
}

export async function endCurrentAssignment(
  trx: Kysely<Database>,
  orderId: number,
  end: {
    userId: number;
    now: Date;
    reason: string;
    countsTowardRating: boolean;
  },
): Promise<EndedAssignment | null> {
  const now = end.now.toISOString();
  const assignment = await trx
    .updateTable("assignments")
    .set({
      cancelled_at: now,
      cancelled_by: end.userId,
      cancel_reason: end.reason,
      counts_toward_rating: end.countsTowardRating ? 1 : 0,
    })
    .where("order_id", "=", orderId)
    .where("cancelled_at", "is", null)
    .returning(["id", "partner_id"])
    .executeTakeFirst();
  if (!assignment) return null;
  await trx
    .updateTable("tasks")
    .set({ status: "cancelled", cancel_reason: end.reason })
    .where("assignment_id", "=", assignment.id)
    .where("status", "in", ["open", "scheduled"])
    .execute();
  // The fulfilment dates and billing reference were the ended assignment's: the next partner
  // starts without them; what they were stays in the order's history.
  const fulfilment = await trx
    .deleteFrom("fulfilment")
    .where("order_id", "=", orderId)
    .returning([
      "material_arrival",
      "planned_completion",
      "delivery_date",
      "method",
      "invoice_reference",
      "no_invoice_reference",
    ])
    .executeTakeFirst();
  if (fulfilment)
    await writeAudit(trx, {
      at: end.now,
      userId: end.userId,
      action: "fulfilment.cleared",
      entity: "order",
      entityId: orderId,
      orderId,
      before: fulfilment,
      reason: end.reason,
    });
  // The next partner starts a Cutr thread of its own; the closed one is nobody's unread work.
  const closed = await trx
    .updateTable("message_threads")
    .set({ ended_at: now, assignment_id: assignment.id })
    .where("order_id", "=", orderId)
    .where("kind", "=", "cutr")
    .where("ended_at", "is", null)
    .returning("id")
    .execute();
  if (closed.length > 0)
    await trx
      .deleteFrom("unread_threads")
      .where(
        "thread_id",
        "in",
        closed.map((t) => t.id),
      )
      .execute();
  const partner = await trx
    .updateTable("partners")
    .set((eb) => ({ active_orders: eb("active_orders", "-", 1) }))
    .where("id", "=", assignment.partner_id)
    .returning(["id", "email", "name", "language"])
    .executeTakeFirstOrThrow();
  return { assignmentId: assignment.id, partner };
}
