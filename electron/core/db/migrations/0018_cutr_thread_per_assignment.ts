// Frozen once landed: never edit this file, add a new migration instead.
// The Cutr thread belongs to the assignment (DOMAIN.md, What belongs to an assignment): each
// thread names its assignment, and an ended assignment's thread is closed (`ended_at`) and kept
// for staff, so an order can have several Cutr threads but only one open one of each kind. The
// Customer thread stays with the order (no assignment). Existing Cutr threads are split here by
// time: a message belongs to the first assignment that ended after it was written, else to the
// current one.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";

/** A message of an open Cutr thread that was written before one of its order's assignments ended. */
const endedAssignmentOfMessage = `
  SELECT t2.id FROM message_threads t2
  JOIN assignments a ON a.id = t2.assignment_id
  WHERE t2.kind = 'cutr' AND t2.ended_at IS NOT NULL
    AND a.order_id = (SELECT t.order_id FROM message_threads t WHERE t.id = messages.thread_id)
    AND a.cancelled_at >= messages.created_at
  ORDER BY a.cancelled_at, a.id LIMIT 1`;

/** Orders whose Cutr thread is split: those with an ended assignment. */
const splitOrders = `SELECT a.order_id FROM assignments a WHERE a.cancelled_at IS NOT NULL`;

/**
 * Splits the open Cutr threads of orders with ended assignments into one thread per assignment;
 * also run after seeding the demo.
 */
export const splitCutrThreads = [
  `INSERT INTO message_threads (order_id, kind, assignment_id, ended_at, message_count)
   SELECT a.order_id, 'cutr', a.id, a.cancelled_at, 0 FROM assignments a
   WHERE a.cancelled_at IS NOT NULL AND EXISTS (
     SELECT 1 FROM message_threads t JOIN messages m ON m.thread_id = t.id
     WHERE t.order_id = a.order_id AND t.kind = 'cutr' AND t.ended_at IS NULL
       AND m.created_at <= a.cancelled_at)`,
  `UPDATE messages SET thread_id = (${endedAssignmentOfMessage})
   WHERE thread_id IN (SELECT id FROM message_threads WHERE kind = 'cutr' AND ended_at IS NULL
                       AND order_id IN (${splitOrders}))
     AND EXISTS (${endedAssignmentOfMessage})`,
  `DELETE FROM message_threads WHERE ended_at IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = message_threads.id)`,
  `UPDATE message_threads SET
     message_count = (SELECT count(*) FROM messages m WHERE m.thread_id = message_threads.id),
     last_message_id = (SELECT max(m.id) FROM messages m WHERE m.thread_id = message_threads.id),
     last_message_at = (SELECT m.created_at FROM messages m WHERE m.thread_id = message_threads.id
                        ORDER BY m.id DESC LIMIT 1),
     last_author_kind = (SELECT m.author_kind FROM messages m WHERE m.thread_id = message_threads.id
                         ORDER BY m.id DESC LIMIT 1)
   WHERE kind = 'cutr' AND order_id IN (${splitOrders})`,
  `UPDATE message_threads SET assignment_id = (
     SELECT a.id FROM assignments a
     WHERE a.order_id = message_threads.order_id AND a.cancelled_at IS NULL)
   WHERE kind = 'cutr' AND ended_at IS NULL`,
  // A closed thread is nobody's unread; the open one is unread as its remaining messages say.
  `DELETE FROM unread_threads WHERE thread_id IN (
     SELECT id FROM message_threads WHERE kind = 'cutr' AND order_id IN (${splitOrders}))`,
  `INSERT INTO unread_threads (user_id, thread_id)
   SELECT u.id, t.id FROM users u, message_threads t
   WHERE u.active = 1 AND t.kind = 'cutr' AND t.ended_at IS NULL
     AND t.order_id IN (${splitOrders}) AND EXISTS (
       SELECT 1 FROM messages m
       WHERE m.thread_id = t.id
         AND m.id > coalesce((SELECT r.last_read_message_id FROM message_reads r
                              WHERE r.user_id = u.id AND r.thread_id = t.id), 0)
         AND (m.author_user_id IS NULL OR m.author_user_id <> u.id))`,
];

/** SQLite cannot drop a table constraint: the table is made again under its own name. */
async function rebuildOnSqlite(db: Kysely<any>): Promise<void> {
  // Renaming a table rewrites its children's references, so the old table is copied aside and
  // dropped instead, and the new one made under the name the children (messages, read marks,
  // unread marks) already use. Their foreign keys are checked at commit: dropping counts their
  // rows as orphans, and each thread written back counts its children found again, through the
  // indexes made for the moment here.
  await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
  await sql`CREATE INDEX message_reads_0018 ON message_reads (thread_id)`.execute(
    db,
  );
  await sql`CREATE INDEX unread_threads_0018 ON unread_threads (thread_id)`.execute(
    db,
  );
  await sql`CREATE TEMP TABLE message_threads_0017 AS SELECT * FROM message_threads`.execute(
    db,
  );
  await sql`DROP TABLE message_threads`.execute(db);
  await sql`CREATE TABLE message_threads (
    id integer primary key autoincrement,
    order_id integer not null references orders (id),
    kind text not null,
    last_message_at text,
    last_author_kind text,
    message_count integer default 0 not null,
    last_message_id integer,
    assignment_id integer references assignments (id),
    ended_at text)`.execute(db);
  await sql`INSERT INTO message_threads
      (id, order_id, kind, last_message_at, last_author_kind, message_count, last_message_id)
    SELECT id, order_id, kind, last_message_at, last_author_kind, message_count, last_message_id
    FROM message_threads_0017 ORDER BY id`.execute(db);
  await sql`DROP TABLE message_threads_0017`.execute(db);
  await sql`DROP INDEX message_reads_0018`.execute(db);
  await sql`DROP INDEX unread_threads_0018`.execute(db);
  await db.schema
    .createIndex("message_threads_waiting")
    .on("message_threads")
    .columns(["last_author_kind", "last_message_at"])
    .execute();
  await db.schema
    .createIndex("message_threads_recent")
    .on("message_threads")
    .column("last_message_at")
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "postgres") {
    await db.schema
      .alterTable("message_threads")
      .dropConstraint("message_threads_order_kind")
      .execute();
    await db.schema
      .alterTable("message_threads")
      .addColumn("assignment_id", "integer", (c) =>
        c.references("assignments.id"),
      )
      .addColumn("ended_at", "text")
      .execute();
  } else await rebuildOnSqlite(db);
  await db.schema
    .createIndex("message_threads_open")
    .on("message_threads")
    .columns(["order_id", "kind"])
    .unique()
    .where(sql.ref("ended_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("message_threads_assignment")
    .on("message_threads")
    .column("assignment_id")
    .execute();
  for (const statement of splitCutrThreads)
    await sql.raw(statement).execute(db);
}
