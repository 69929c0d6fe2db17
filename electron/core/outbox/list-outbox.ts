// outbox.list and outbox.retry: what the console sent, is sending, or could not send.
import type { Kysely } from "kysely";
import type { OutboxRow, Page } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { escapeLike, textLike } from "../db/dialect";

export interface OutboxFilter {
  status?: OutboxRow["status"];
  kind?: string;
  search?: string;
}

function selectOutbox(db: Kysely<Database>) {
  return db
    .selectFrom("outbox")
    .leftJoin("orders", "orders.id", "outbox.order_id")
    .select([
      "outbox.id",
      "outbox.kind",
      "outbox.order_id",
      "orders.number",
      "outbox.recipient",
      "outbox.subject",
      "outbox.body",
      "outbox.due_at",
      "outbox.status",
      "outbox.attempts",
      "outbox.last_error",
      "outbox.sent_at",
      "outbox.created_at",
    ]);
}

type Row = Awaited<
  ReturnType<ReturnType<typeof selectOutbox>["executeTakeFirstOrThrow"]>
>;

const toOutboxRow = (row: Row): OutboxRow => ({
  id: row.id,
  kind: row.kind,
  orderId: row.order_id,
  orderNumber: row.number,
  recipient: row.recipient,
  subject: row.subject,
  body: row.body,
  dueAt: row.due_at,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  sentAt: row.sent_at,
  createdAt: row.created_at,
});

export async function listOutbox(
  db: Kysely<Database>,
  filter: OutboxFilter,
  offset: number,
  limit: number,
): Promise<Page<OutboxRow>> {
  const filtered = selectOutbox(db)
    .$if(filter.status !== undefined, (q) =>
      q.where("outbox.status", "=", filter.status as OutboxRow["status"]),
    )
    .$if(filter.kind !== undefined, (q) =>
      q.where("outbox.kind", "=", filter.kind as string),
    )
    .$if(!!filter.search, (q) =>
      q.where((eb) =>
        eb.or([
          textLike(
            db,
            "outbox.recipient",
            `%${escapeLike(filter.search ?? "")}%`,
          ),
          textLike(
            db,
            "outbox.subject",
            `%${escapeLike(filter.search ?? "")}%`,
          ),
        ]),
      ),
    );
  const [rows, count] = await Promise.all([
    filtered
      .orderBy("outbox.due_at", "desc")
      .orderBy("outbox.id", "desc")
      .offset(offset)
      .limit(limit)
      .execute(),
    filtered
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toOutboxRow), total: Number(count.n) };
}

export async function retryEmail(
  db: Kysely<Database>,
  id: number,
  now: Date,
): Promise<OutboxRow> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "queued", attempts: 0, due_at: now.toISOString() })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
  const row = await selectOutbox(db)
    .where("outbox.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("email", id);
  if (result.numUpdatedRows === 0n)
    throw new AppError("RULE", {
      key: `errors:outbox.notFailed.${row.status}`,
      values: { id },
    });
  return toOutboxRow(row);
}
