// messages.inbox and messages.unreadCount: threads across all orders that are unread by the
// signed-in user or wait on Cutr's answer, newest first.
import { sql, type Kysely } from "kysely";
import type {
  AuthorKind,
  InboxRow,
  MessageCounts,
} from "../../../shared/contract";
import type { ThreadKind } from "../../../shared/domain";
import { plainText } from "../../../shared/message-body";
import type { Database } from "../db/schema";
import { inIds } from "../db/dialect";
import { storedBody } from "./list-messages";
import { overdueCheck } from "./waiting-on-cutr";

export interface InboxFilter {
  partnerId?: number;
  customerId?: number;
  kind?: ThreadKind;
  show: "waiting" | "unread" | "unanswered";
}

/**
 * The ids of the threads a user should look at, each set read by its own index (as one compound
 * query SQLite scans every thread instead): unread ones from the user's rows of unread_threads.
 */
async function waitingThreadIds(
  db: Kysely<Database>,
  userId: number,
  show: InboxFilter["show"],
): Promise<number[]> {
  // The two sets side by side: on a team's server each is a round trip of its own.
  const [unread, unanswered] = await Promise.all([
    show === "unanswered"
      ? []
      : db
          .selectFrom("unread_threads")
          .select("thread_id as id")
          .where("user_id", "=", userId)
          .execute(),
    show === "unread"
      ? []
      : db
          .selectFrom("message_threads as t")
          .select("t.id")
          .where("t.last_author_kind", "in", ["partner", "customer"])
          // An ended assignment's thread waits on nobody.
          .where("t.ended_at", "is", null)
          .execute(),
  ]);
  return [...new Set([...unread, ...unanswered].map((r) => r.id))];
}

/** Unread messages of many threads at once, for the inbox's page. */
async function unreadCounts(
  db: Kysely<Database>,
  threadIds: number[],
  userId: number,
): Promise<Map<number, number>> {
  if (threadIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("messages as m")
    .leftJoin("message_reads as r", (join) =>
      join
        .onRef("r.thread_id", "=", "m.thread_id")
        .on("r.user_id", "=", userId),
    )
    .select(["m.thread_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where(inIds(db, "m.thread_id", threadIds))
    // Counted only where the thread is unread for the user, as the totals count it.
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("unread_threads as u")
          .select("u.thread_id")
          .where("u.user_id", "=", userId)
          .whereRef("u.thread_id", "=", "m.thread_id"),
      ),
    )
    .where(sql<boolean>`m.id > coalesce(r.last_read_message_id, 0)`)
    .where((eb) =>
      eb.or([
        eb("m.author_user_id", "is", null),
        eb("m.author_user_id", "!=", userId),
      ]),
    )
    .groupBy("m.thread_id")
    .execute();
  return new Map(rows.map((r) => [r.thread_id, Number(r.n)]));
}

function waitingThreads(
  db: Kysely<Database>,
  ids: number[],
  filter: InboxFilter,
) {
  return db
    .selectFrom("message_threads as t")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .where(inIds(db, "t.id", ids))
    .$if(filter.kind !== undefined, (q) =>
      q.where("t.kind", "=", filter.kind as ThreadKind),
    )
    .$if(filter.partnerId !== undefined, (q) =>
      q.where("o.partner_id", "=", filter.partnerId as number),
    )
    .$if(filter.customerId !== undefined, (q) =>
      q.where("o.customer_id", "=", filter.customerId as number),
    );
}

export async function inbox(
  db: Kysely<Database>,
  userId: number,
  filter: InboxFilter,
  limit: number,
  now: Date,
): Promise<{ rows: InboxRow[]; total: number }> {
  const ids = await waitingThreadIds(db, userId, filter.show);
  const base = waitingThreads(db, ids, filter);
  const [{ total }, rows, isOverdue] = await Promise.all([
    base
      .select((eb) => eb.fn.countAll<number>().as("total"))
      .executeTakeFirstOrThrow(),
    base
      .innerJoin("messages as m", "m.id", "t.last_message_id")
      .select([
        "t.id as thread_id",
        "t.kind",
        "t.last_message_at",
        "t.last_author_kind",
        "o.id as order_id",
        "o.number",
        "o.title",
        "o.partner_id",
        "o.partner_name",
        "o.customer_id",
        "o.customer_name",
        "m.author_name",
        "m.body",
      ])
      .orderBy("t.last_message_at", "desc")
      .limit(limit)
      .execute(),
    overdueCheck(db, now),
  ]);
  const unread = await unreadCounts(
    db,
    rows.map((r) => r.thread_id),
    userId,
  );
  return {
    total: Number(total),
    rows: rows.map((row) => ({
      orderId: row.order_id,
      orderNumber: row.number,
      orderTitle: row.title,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      customerId: row.customer_id,
      customerName: row.customer_name,
      kind: row.kind,
      lastMessageAt: row.last_message_at as string,
      lastAuthorKind: row.last_author_kind as AuthorKind,
      lastAuthorName: row.author_name,
      snippet: plainText(storedBody(row.body)).slice(0, 160),
      unread: unread.get(row.thread_id) ?? 0,
      unanswered: row.last_author_kind !== "staff",
      overdue: isOverdue(row.last_author_kind, row.last_message_at),
    })),
  };
}

export async function messageCounts(
  db: Kysely<Database>,
  userId: number,
): Promise<MessageCounts> {
  const [unread, unanswered] = await Promise.all([
    waitingThreadIds(db, userId, "unread"),
    waitingThreadIds(db, userId, "unanswered"),
  ]);
  return {
    unread: unread.length,
    unanswered: unanswered.length,
    waiting: new Set([...unread, ...unanswered]).size,
  };
}
