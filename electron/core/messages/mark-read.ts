// The user's read marker of a thread moves to its last message.
import type { Kysely } from "kysely";
import type { ThreadKind } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { clearUnread } from "./unread-threads";

export async function markRead(
  db: Kysely<Database>,
  orderId: number,
  kind: ThreadKind,
  userId: number,
): Promise<void> {
  const thread = await db
    .selectFrom("message_threads")
    .select(["id", "last_message_id"])
    .where("order_id", "=", orderId)
    .where("kind", "=", kind)
    .where("ended_at", "is", null)
    .executeTakeFirst();
  if (!thread?.last_message_id) return;
  await db
    .insertInto("message_reads")
    .values({
      user_id: userId,
      thread_id: thread.id,
      last_read_message_id: thread.last_message_id,
    })
    .onConflict((oc) =>
      oc.columns(["user_id", "thread_id"]).doUpdateSet({
        last_read_message_id: thread.last_message_id as number,
      }),
    )
    .execute();
  await clearUnread(db, userId, thread.id, thread.last_message_id);
}
