// Frozen once landed: never edit this file, add a new migration instead.
// Unread counts every unread message, whatever its age (DOMAIN.md, Messages). Which threads a
// user has unread is kept as it happens (a new message adds the thread for everyone but its
// author; reading it removes it), so the inbox reads one user's rows by its key instead of every
// thread there ever was. Filled here from the read marks: a thread is unread for a user when it
// has a message past the user's mark that someone else wrote.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

/** Every active user's unread threads from the read marks; also run after seeding the demo. */
export const fillUnreadThreads = `
  INSERT INTO unread_threads (user_id, thread_id)
  SELECT u.id, t.id FROM users u, message_threads t
  WHERE u.active = 1 AND EXISTS (
    SELECT 1 FROM messages m
    WHERE m.thread_id = t.id
      AND m.id > coalesce((SELECT r.last_read_message_id FROM message_reads r
                           WHERE r.user_id = u.id AND r.thread_id = t.id), 0)
      AND (m.author_user_id IS NULL OR m.author_user_id <> u.id))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("unread_threads")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("thread_id", "integer", (c) =>
      c.notNull().references("message_threads.id"),
    )
    .addPrimaryKeyConstraint("unread_threads_pkey", ["user_id", "thread_id"])
    .execute();
  await sql.raw(fillUnreadThreads).execute(db);
}
