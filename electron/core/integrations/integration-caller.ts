// Who calls the integration API: the integration whose key the request carries, found by the
// key's prefix and checked against its peppered hash. Its last use is noted at most once a minute.
import { subMinutes } from "date-fns";
import type { Kysely } from "kysely";
import type { IntegrationScope, User } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import { keyMatches, prefixOf } from "./api-keys";
import { parseScopes } from "./integration-rows";

export interface IntegrationCaller {
  id: number;
  name: string;
  scopes: IntegrationScope[];
  /** The users row it acts as: its changes are recorded under its name. */
  user: User;
}

const invalidKey = () =>
  new AppError("UNAUTHORIZED", { key: "errors:integrations.keyInvalid" });

/** The caller of `Authorization: Bearer <key>`, or UNAUTHORIZED. */
export async function integrationCaller(
  db: Kysely<Database>,
  pepper: string,
  authorization: string | undefined,
  now: Date,
): Promise<IntegrationCaller> {
  const key = /^Bearer +(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!key)
    throw new AppError("UNAUTHORIZED", {
      key: "errors:integrations.keyMissing",
    });
  const prefix = prefixOf(key);
  if (!prefix) throw invalidKey();
  const row = await db
    .selectFrom("integrations")
    .innerJoin("users", "users.id", "integrations.user_id")
    .select([
      "integrations.id",
      "integrations.name",
      "integrations.key_hash",
      "integrations.scopes",
      "integrations.last_used_at",
      "integrations.revoked_at",
      "users.id as user_id",
      "users.email",
      "users.language",
    ])
    .where("integrations.key_prefix", "=", prefix)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || !keyMatches(pepper, key, row.key_hash))
    throw invalidKey();
  if (
    row.last_used_at === null ||
    row.last_used_at < subMinutes(now, 1).toISOString()
  )
    await db
      .updateTable("integrations")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  return {
    id: row.id,
    name: row.name,
    scopes: parseScopes(row.scopes),
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      role: "dispatcher",
      language: row.language,
    },
  };
}
