// One row of the settings table, written or replaced, with who changed it (nobody: the console
// itself) and when.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

export async function saveSetting(
  db: Kysely<Database>,
  key: string,
  value: unknown,
  change: { userId: number | null; at: Date },
): Promise<void> {
  const row = {
    value: JSON.stringify(value),
    updated_at: change.at.toISOString(),
    updated_by: change.userId,
  };
  await db
    .insertInto("settings")
    .values({ key, ...row })
    .onConflict((oc) => oc.column("key").doUpdateSet(row))
    .execute();
}
