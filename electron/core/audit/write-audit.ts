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

export async function writeAudit(
  db: Kysely<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: entry.at.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      order_id: entry.orderId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    })
    .execute();
}
