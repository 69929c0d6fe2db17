// Frozen once landed: never edit this file, add a new migration instead.
// Team mode: a change to the settings or the closing days sends a notice on cutr_changes (one per
// statement), so each console forgets the policy and calendar it keeps (settings-cache.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`CREATE FUNCTION notify_settings_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('cutr_changes', json_build_object(
        'table', TG_TABLE_NAME, 'kind', 'settings', 'id', 0
      )::text);
      RETURN NULL;
    END $$`.execute(db);
  for (const table of ["settings", "closing_days"])
    await sql`CREATE TRIGGER notify_settings_change
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION notify_settings_change()`.execute(db);
}
