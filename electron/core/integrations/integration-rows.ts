// The integrations as Settings lists them: newest first, revoked ones kept (their history names them).
import type { Kysely } from "kysely";
import {
  IntegrationScope,
  type IntegrationRow,
  type WebhookRow,
} from "../../../shared/contract";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { storedCodes } from "./stored-codes";
import { webhooksOf } from "./webhooks/webhook-rows";

const query = (db: Kysely<Database>) =>
  db
    .selectFrom("integrations")
    .innerJoin("users as creator", "creator.id", "integrations.created_by")
    .select([
      "integrations.id",
      "integrations.name",
      "integrations.key_prefix",
      "integrations.scopes",
      "integrations.created_at",
      "creator.name as created_by",
      "integrations.last_used_at",
      "integrations.revoked_at",
    ]);

type Row = Awaited<
  ReturnType<ReturnType<typeof query>["executeTakeFirstOrThrow"]>
>;

/** A key's scopes as stored. */
export const parseScopes = (json: string): IntegrationScope[] =>
  storedCodes(json, IntegrationScope);

const toRow = (row: Row, webhooks: WebhookRow[]): IntegrationRow => ({
  id: row.id,
  name: row.name,
  keyPrefix: `cutr_${row.key_prefix}`,
  scopes: parseScopes(row.scopes),
  createdAt: row.created_at,
  createdBy: row.created_by,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
  webhooks,
});

export async function integrationRows(
  db: Kysely<Database>,
): Promise<IntegrationRow[]> {
  const rows = await query(db).orderBy("integrations.id", "desc").execute();
  const webhooks = await webhooksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRow(r, webhooks.get(r.id) ?? []));
}

export async function integrationRow(
  db: Kysely<Database>,
  id: number,
): Promise<IntegrationRow> {
  const row = await query(db)
    .where("integrations.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("integration", id);
  return toRow(row, (await webhooksOf(db, [id])).get(id) ?? []);
}
