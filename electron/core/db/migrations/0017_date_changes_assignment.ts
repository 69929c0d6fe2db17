// Frozen once landed: never edit this file, add a new migration instead.
// Delivery dates and their history belong to an assignment (DOMAIN.md, What belongs to an
// assignment): each recorded date names the assignment it was recorded in, found here from the
// order's assignment in force when it was recorded.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

/**
 * Each recorded date's assignment, from the times (a date recorded before any assignment, as the
 * demo's can be, goes to the order's first); also run after seeding the demo.
 */
export const fillDateChangeAssignments = `
  UPDATE delivery_date_changes SET assignment_id = coalesce(
    (SELECT a.id FROM assignments a
     WHERE a.order_id = delivery_date_changes.order_id
       AND a.assigned_at <= delivery_date_changes.recorded_at
     ORDER BY a.assigned_at DESC, a.id DESC LIMIT 1),
    (SELECT a.id FROM assignments a
     WHERE a.order_id = delivery_date_changes.order_id
     ORDER BY a.assigned_at, a.id LIMIT 1))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("delivery_date_changes")
    .addColumn("assignment_id", "integer", (c) =>
      c.references("assignments.id"),
    )
    .execute();
  await sql.raw(fillDateChangeAssignments).execute(db);
}
