// Frozen once landed: never edit this file, add a new migration instead.
// The check-in meeting and the kick-off call have a life: open (dates proposed), scheduled for a
// date and time, done with notes, or cancelled with a reason; a version guards two staff at once.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  for (const [column, type] of [
    ["scheduled_at", "text"],
    ["notes", "text"],
    ["cancel_reason", "text"],
  ] as const)
    await db.schema.alterTable("tasks").addColumn(column, type).execute();
  await db.schema
    .alterTable("tasks")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}
