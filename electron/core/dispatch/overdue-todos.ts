// Partner to-dos past their due date on orders still assigned, for the dispatchers' follow-up.
import type { Kysely } from "kysely";
import type { OverdueTodo } from "../../../shared/contract";
import { daysBetween } from "../../../shared/rules/business-time";
import type { Database } from "../db/schema";

export async function overdueTodos(
  db: Kysely<Database>,
  today: string,
): Promise<OverdueTodo[]> {
  const rows = await db
    .selectFrom("todos as t")
    .innerJoin("assignments as a", "a.id", "t.assignment_id")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .innerJoin("partners as p", "p.id", "a.partner_id")
    .select([
      "o.id as order_id",
      "o.number",
      "p.id as partner_id",
      "p.name",
      "t.kind",
      "t.due_date",
    ])
    .where("t.done_at", "is", null)
    .where("t.due_date", "<", today)
    .where("a.cancelled_at", "is", null)
    .where("o.status", "in", ["assigned", "ready"])
    .orderBy("t.due_date")
    .orderBy("o.number")
    .limit(500)
    .execute();
  return rows.map((r) => ({
    orderId: r.order_id,
    number: r.number,
    partnerId: r.partner_id,
    partnerName: r.name,
    kind: r.kind,
    dueDate: r.due_date,
    daysOverdue: daysBetween(r.due_date, today),
  }));
}
