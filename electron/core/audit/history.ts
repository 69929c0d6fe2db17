// The audit log read back as a history, newest first: an order's, or one partner's or customer's
// own (changes to the row itself, not to its orders).
import type { Kysely } from "kysely";
import type { HistoryEntry, Page } from "../../../shared/contract";
import type { Database } from "../db/schema";
import type { EditedEntity } from "./saved-meanwhile";

const parseJson = (text: string | null): unknown =>
  text === null ? null : (JSON.parse(text) as unknown);

export type HistoryOf =
  | { orderId: number }
  | { entity: Exclude<EditedEntity, "order">; entityId: number };

function historyQuery(db: Kysely<Database>, of: HistoryOf) {
  const query = db.selectFrom("audit_log");
  return "orderId" in of
    ? query.where("audit_log.order_id", "=", of.orderId)
    : query
        .where("audit_log.entity", "=", of.entity)
        .where("audit_log.entity_id", "=", of.entityId);
}

export async function auditHistory(
  db: Kysely<Database>,
  of: HistoryOf,
  page: { offset: number; limit: number },
): Promise<Page<HistoryEntry>> {
  const [rows, count] = await Promise.all([
    historyQuery(db, of)
      .leftJoin("users", "users.id", "audit_log.user_id")
      .select([
        "audit_log.id",
        "audit_log.at",
        "users.name as actor",
        "audit_log.action",
        "audit_log.before",
        "audit_log.after",
        "audit_log.reason",
      ])
      .orderBy("audit_log.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    historyQuery(db, of)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor ?? "System",
      action: r.action,
      before: parseJson(r.before),
      after: parseJson(r.after),
      reason: r.reason,
    })),
    total: Number(count.n),
  };
}
