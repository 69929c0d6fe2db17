// Frozen once landed: never edit this file, add a new migration instead.
// A thread remembers the id of its last message: "unread" is then one comparison with the reader's
// marker, and the inbox walks threads newest first by an index.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("message_threads")
    .addColumn("last_message_id", "integer")
    .execute();
  await sql`UPDATE message_threads SET last_message_id =
    (SELECT max(id) FROM messages WHERE messages.thread_id = message_threads.id)`.execute(
    db,
  );
  await db.schema
    .createIndex("message_threads_recent")
    .on("message_threads")
    .column("last_message_at")
    .execute();
}
