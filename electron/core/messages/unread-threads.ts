// Which threads each user has unread (0015_unread_threads.ts), kept as messages are written and
// read: the inbox and the counts read one user's rows instead of every thread there ever was.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

/** A new message in the thread: unread for every active user but its author. */
export async function noteUnread(
  db: Kysely<Database>,
  threadId: number,
  authorUserId: number | null,
): Promise<void> {
  await db
    .insertInto("unread_threads")
    .columns(["user_id", "thread_id"])
    .expression((eb) =>
      eb
        .selectFrom("users")
        .select((s) => ["id", s.val(threadId).as("thread_id")])
        .where("active", "=", 1)
        .$if(authorUserId !== null, (q) =>
          q.where("id", "!=", authorUserId as number),
        ),
    )
    .onConflict((oc) => oc.columns(["user_id", "thread_id"]).doNothing())
    .execute();
}

/**
 * The user has read the thread up to `readTo`: no longer unread, unless someone else wrote after
 * that (a message sent while the thread was being marked read stays unread).
 */
export async function clearUnread(
  db: Kysely<Database>,
  userId: number,
  threadId: number,
  readTo: number,
): Promise<void> {
  await db
    .deleteFrom("unread_threads")
    .where("user_id", "=", userId)
    .where("thread_id", "=", threadId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("messages as m")
            .select("m.id")
            .where("m.thread_id", "=", threadId)
            .where("m.id", ">", readTo)
            .where((w) =>
              w.or([
                w("m.author_user_id", "is", null),
                w("m.author_user_id", "!=", userId),
              ]),
            ),
        ),
      ),
    )
    .execute();
}
