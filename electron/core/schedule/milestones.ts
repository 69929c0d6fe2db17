// Milestones are set by Cutr staff, usually after the kick-off; every change needs a reason and
// shows in History.
import type { Kysely } from "kysely";
import type { Milestone } from "../../../shared/contract";
import type { MilestoneKind } from "../../../shared/domain";
import { writeAudit } from "../audit/write-audit";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { listMilestones } from "../orders/order-parts";
import { orderIn, touchOrder, type ChangeContext } from "./run-change";

export async function setMilestone(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: {
    orderId: number;
    kind: MilestoneKind;
    name?: string | undefined;
    date: string;
    reason: string;
  },
): Promise<Milestone[]> {
  const order = await orderIn(trx, input.orderId, "setMilestones");
  // A standard milestone exists once per order; custom ones are told apart by name.
  const existing = await trx
    .selectFrom("milestones")
    .select(["id", "date", "version"])
    .where("order_id", "=", order.id)
    .where("kind", "=", input.kind)
    .where("removed_at", "is", null)
    .$if(input.kind === "custom", (q) => q.where("name", "=", input.name ?? ""))
    .executeTakeFirst();
  if (existing) {
    await trx
      .updateTable("milestones")
      .set({
        date: input.date,
        set_by: c.userId,
        set_at: c.now.toISOString(),
        version: existing.version + 1,
      })
      .where("id", "=", existing.id)
      .execute();
  } else {
    await trx
      .insertInto("milestones")
      .values({
        order_id: order.id,
        kind: input.kind,
        name: input.kind === "custom" ? (input.name ?? null) : null,
        date: input.date,
        set_by: c.userId,
        set_at: c.now.toISOString(),
      })
      .execute();
  }
  await touchOrder(trx, order.id, c.now);
  await writeAudit(trx, {
    at: c.now,
    userId: c.userId,
    action: "milestone.set",
    entity: "milestone",
    entityId: existing?.id ?? null,
    orderId: order.id,
    before: existing
      ? { [input.name ?? input.kind]: existing.date }
      : undefined,
    after: { [input.name ?? input.kind]: input.date },
    reason: input.reason,
  });
  return listMilestones(trx, order.id);
}

export async function removeMilestone(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: { milestoneId: number; reason: string },
): Promise<Milestone[]> {
  const milestone = await trx
    .selectFrom("milestones")
    .selectAll()
    .where("id", "=", input.milestoneId)
    .where("removed_at", "is", null)
    .executeTakeFirst();
  if (!milestone) throw notFound("milestone", input.milestoneId);
  await orderIn(trx, milestone.order_id, "changeMilestones");
  await trx
    .updateTable("milestones")
    .set({ removed_at: c.now.toISOString() })
    .where("id", "=", milestone.id)
    .execute();
  await touchOrder(trx, milestone.order_id, c.now);
  await writeAudit(trx, {
    at: c.now,
    userId: c.userId,
    action: "milestone.removed",
    entity: "milestone",
    entityId: milestone.id,
    orderId: milestone.order_id,
    before: { [milestone.name ?? milestone.kind]: milestone.date },
    reason: input.reason,
  });
  return listMilestones(trx, milestone.order_id);
}
