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
import { storedBody } from "./list-messages";
import { unreadCount } from "./list-threads";
import { overdueCheck } from "./waiting-on-cutr";

export interface InboxFilter {
  partnerId?: number;
  customerId?: number;
  kind?: ThreadKind;
  show: "waiting" | "unread" | "unanswered";
}

function waitingThreads(
  db: Kysely<Database>,
  userId: number,
  filter: InboxFilter,
) {
  const unread = sql<boolean>`t.last_message_id > coalesce(r.last_read_message_id, 0)`;
  const unanswered = sql<boolean>`t.last_author_kind in ('partner', 'customer')`;
  return db
    .selectFrom("message_threads as t")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .leftJoin("message_reads as r", (join) =>
      join.onRef("r.thread_id", "=", "t.id").on("r.user_id", "=", userId),
    )
    .where(
      filter.show === "unread"
        ? unread
        : filter.show === "unanswered"
          ? unanswered
          : sql<boolean>`(${unread} or ${unanswered})`,
    )
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
  const base = waitingThreads(db, userId, filter);
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
        "o.partner_name",
        "o.customer_name",
        "m.author_name",
        "m.body",
      ])
      .orderBy("t.last_message_at", "desc")
      .limit(limit)
      .execute(),
    overdueCheck(db, now),
  ]);
  return {
    total: Number(total),
    rows: await Promise.all(
      rows.map(async (row) => ({
        orderId: row.order_id,
        orderNumber: row.number,
        orderTitle: row.title,
        partnerName: row.partner_name,
        customerName: row.customer_name,
        kind: row.kind,
        lastMessageAt: row.last_message_at as string,
        lastAuthorKind: row.last_author_kind as AuthorKind,
        lastAuthorName: row.author_name,
        snippet: plainText(storedBody(row.body)).slice(0, 160),
        unread: Number((await unreadCount(db, row.thread_id, userId)).n),
        unanswered: row.last_author_kind !== "staff",
        overdue: isOverdue(row.last_author_kind, row.last_message_at),
      })),
    ),
  };
}

export async function messageCounts(
  db: Kysely<Database>,
  userId: number,
): Promise<MessageCounts> {
  const [unread, unanswered] = await Promise.all([
    waitingThreads(db, userId, { show: "unread" })
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
    waitingThreads(db, userId, { show: "unanswered" })
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { unread: Number(unread.n), unanswered: Number(unanswered.n) };
}
