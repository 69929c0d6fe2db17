// Frozen once landed: never edit this file, add a new migration instead.
// Thread messages by email (DOMAIN.md, Messages: answers by email). An outbox email may carry a
// thread message: its HTML part, its mail headers (Message-ID, References, Reply-To) and the
// message whose photos it attaches. Every mail read from the mailbox is kept once in mail_in, by
// its mailbox and UID, with what became of it: posted to a thread, waiting as unmatched mail,
// recognised as an auto-reply or a bounce, attached or discarded by staff.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from "kysely";
import { dialectOf } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  await db.schema.alterTable("outbox").addColumn("html", "text").execute();
  await db.schema.alterTable("outbox").addColumn("headers", "text").execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("message_ref", "integer", (c) => c.references("messages.id"))
    .execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("thread_id", "integer", (c) =>
      c.references("message_threads.id"),
    )
    .execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("mail_message_id", "text")
    .execute();
  await db.schema
    .createIndex("outbox_mail_message_id")
    .on("outbox")
    .column("mail_message_id")
    .execute();

  await db.schema
    .createTable("mail_in")
    .addColumn("id", "integer", (c) =>
      postgres
        ? c.primaryKey().generatedByDefaultAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    /** The mailbox's UIDVALIDITY and the mail's UID in it: read once, whoever reads it. */
    .addColumn("mailbox", "text", (c) => c.notNull())
    .addColumn("uid", "integer", (c) => c.notNull())
    .addColumn("mail_message_id", "text")
    .addColumn("from_address", "text", (c) => c.notNull())
    .addColumn("from_name", "text")
    .addColumn("subject", "text", (c) => c.notNull())
    /** The reply's text as it would be posted: for the Unmatched mail list. */
    .addColumn("snippet", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("received_at", "text", (c) => c.notNull())
    /** posted, unmatched, auto_reply, bounce, duplicate, attached, discarded */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("thread_id", "integer", (c) =>
      c.references("message_threads.id"),
    )
    .addColumn("message_ref", "integer", (c) => c.references("messages.id"))
    /** The whole mail as received, in the file store, for staff to attach it later. */
    .addColumn("raw_sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addUniqueConstraint("mail_in_mailbox_uid", ["mailbox", "uid"])
    .execute();
  await db.schema
    .createIndex("mail_in_status")
    .on("mail_in")
    .columns(["status", "received_at"])
    .execute();
  await db.schema
    .createIndex("mail_in_message_id")
    .on("mail_in")
    .column("mail_message_id")
    .execute();
  // The newest answer in a thread, which the next email from Cutr answers (message-email.ts).
  await db.schema
    .createIndex("mail_in_thread")
    .on("mail_in")
    .columns(["thread_id", "id"])
    .execute();
}
