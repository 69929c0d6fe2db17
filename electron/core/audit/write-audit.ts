// One audit row: who, when, what, the value before and after, and the reason where one was asked.
// Always written inside the transaction of the change it records.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

export interface AuditEntry {
  at: Date;
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  orderId: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const auditRow = (entry: AuditEntry) => ({
  at: entry.at.toISOString(),
  user_id: entry.userId,
  action: entry.action,
  entity: entry.entity,
  entity_id: entry.entityId,
  order_id: entry.orderId,
  before: entry.before === undefined ? null : JSON.stringify(entry.before),
  after: entry.after === undefined ? null : JSON.stringify(entry.after),
  reason: entry.reason ?? null,
});

export async function writeAudit(
  db: Kysely<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db.insertInto("audit_log").values(auditRow(entry)).execute();
}

/** Several audit rows in one statement (an import's records; keep a batch to a few hundred). */
export async function writeAudits(
  db: Kysely<Database>,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length > 0)
    await db.insertInto("audit_log").values(entries.map(auditRow)).execute();
}
