// An order's delivery date in force, replayed from its requested date and every delivery date
// recorded for it (shared/rules/date-in-force.ts), for recording a new date and for the rating.
import type { Kysely } from "kysely";
import type { Policy } from "../../../shared/policy";
import { businessDateOf } from "../../../shared/rules/business-time";
import { dateInForce } from "../../../shared/rules/date-in-force";
import type { Database } from "../db/schema";
import { currentAssignment } from "../orders/order-parts";

export async function loadDateInForce(
  db: Kysely<Database>,
  order: { id: number; requested_delivery_date: string },
  policy: Pick<Policy, "inTimeNoticeDays">,
) {
  const changes = await db
    .selectFrom("delivery_date_changes")
    .select(["new_date", "recorded_at"])
    .where("order_id", "=", order.id)
    // Only the current assignment's dates: a new partner starts from the requested date.
    .where("assignment_id", "in", currentAssignment(db, order.id))
    .orderBy("id")
    .execute();
  return dateInForce(
    order.requested_delivery_date,
    changes.map((c) => ({
      newDate: c.new_date,
      reportedOn: businessDateOf(c.recorded_at),
    })),
    policy,
  );
}
