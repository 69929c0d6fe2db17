// One row of the settings table, parsed from its JSON; null when it was never saved.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

export async function readSetting(
  db: Kysely<Database>,
  key: string,
): Promise<unknown> {
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : null;
}
