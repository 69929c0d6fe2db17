// Frozen once landed: never edit this file, add a new migration instead.
// outbox.message_ref and mail_in.message_ref refer to messages (0019) without an index: every
// change to a message's id and every deletion of one scanned both tables for the foreign key, and
// the mail channel's lookups of the email a message went out as scanned the outbox.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("outbox_message_ref")
    .on("outbox")
    .column("message_ref")
    .execute();
  await db.schema
    .createIndex("mail_in_message_ref")
    .on("mail_in")
    .column("message_ref")
    .execute();
}
