// messages.threads: the order's two threads as the signed-in user sees them.
import type { Kysely } from "kysely";
import type { EarlierThread, ThreadInfo } from "../../../shared/contract";
import { threadKinds } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { threadAvailability } from "./thread-rules";
import { overdueCheck } from "./waiting-on-cutr";

/** The messages of a thread after the user's read marker, not written by the user, whatever their age. */
export function unreadCount(
  db: Kysely<Database>,
  threadId: number,
  userId: number,
) {
  return (
    db
      .selectFrom("messages")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("thread_id", "=", threadId)
      // Counted only where the thread is unread for the user, as the inbox and totals count it.
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("unread_threads as u")
            .select("u.thread_id")
            .where("u.user_id", "=", userId)
            .where("u.thread_id", "=", threadId),
        ),
      )
      .where("id", ">", (eb) =>
        eb.fn.coalesce(
          eb
            .selectFrom("message_reads")
            .select("last_read_message_id")
            .where("thread_id", "=", threadId)
            .where("user_id", "=", userId),
          eb.lit(0),
        ),
      )
      .where((eb) =>
        eb.or([
          eb("author_user_id", "is", null),
          eb("author_user_id", "!=", userId),
        ]),
      )
      .executeTakeFirstOrThrow()
  );
}

/** The order's closed Cutr threads, one per ended assignment that had messages. */
async function earlierThreads(
  db: Kysely<Database>,
  orderId: number,
): Promise<EarlierThread[]> {
  const rows = await db
    .selectFrom("message_threads as t")
    .innerJoin("assignments as a", "a.id", "t.assignment_id")
    .innerJoin("partners as p", "p.id", "a.partner_id")
    .select([
      "a.id",
      "p.name",
      "a.assigned_at",
      "t.ended_at",
      "t.message_count",
    ])
    .where("t.order_id", "=", orderId)
    .where("t.kind", "=", "cutr")
    .where("t.ended_at", "is not", null)
    .orderBy("a.assigned_at")
    .execute();
  return rows.map((row) => ({
    assignmentId: row.id,
    partnerName: row.name,
    assignedAt: row.assigned_at,
    endedAt: row.ended_at as string,
    messageCount: row.message_count,
  }));
}

export async function listThreads(
  db: Kysely<Database>,
  orderId: number,
  userId: number,
  now: Date,
): Promise<Omit<ThreadInfo, "emailTo">[]> {
  const availability = await threadAvailability(db, orderId);
  const rows = await db
    .selectFrom("message_threads")
    .selectAll()
    .where("order_id", "=", orderId)
    .where("ended_at", "is", null)
    .execute();
  const earlier = await earlierThreads(db, orderId);
  const isOverdue = await overdueCheck(db, now);
  return Promise.all(
    threadKinds.map(async (kind) => {
      const row = rows.find((r) => r.kind === kind);
      const available =
        kind === "cutr" ? true : availability.customer.available;
      const unanswered =
        row?.last_author_kind === "partner" ||
        row?.last_author_kind === "customer";
      return {
        kind,
        available,
        unavailableReason:
          kind === "customer" ? availability.customer.reason : null,
        messageCount: row?.message_count ?? 0,
        unread: row ? Number((await unreadCount(db, row.id, userId)).n) : 0,
        unanswered,
        overdue: row
          ? isOverdue(row.last_author_kind, row.last_message_at)
          : false,
        lastMessageAt: row?.last_message_at ?? null,
        earlier: kind === "cutr" ? earlier : [],
      };
    }),
  );
}
