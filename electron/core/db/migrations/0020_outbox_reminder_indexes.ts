// Frozen once landed: never edit this file, add a new migration instead.
// The answer reminder (mail/answer-reminder.ts) looks up the thread emails sent before today and
// whether today's reminder to an address was written: outbox by thread, and by kind and creation.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("outbox_thread")
    .on("outbox")
    .column("thread_id")
    .execute();
  await db.schema
    .createIndex("outbox_kind_created")
    .on("outbox")
    .columns(["kind", "created_at"])
    .execute();
}
