// Frozen once landed: never edit this file, add a new migration instead.
// Team mode: a change to the policy or the closing days sends a notice on cutr_changes (PostgreSQL
// folds the same notice within a transaction into one), so each console forgets the policy and
// calendar it keeps (settings-cache.ts). Other settings, such as the note a sending console leaves
// every minute, send none.
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
  await sql`CREATE TRIGGER notify_settings_change AFTER INSERT OR UPDATE ON settings
    FOR EACH ROW WHEN (NEW.key LIKE 'policy.%')
    EXECUTE FUNCTION notify_settings_change()`.execute(db);
  await sql`CREATE TRIGGER notify_settings_removed AFTER DELETE ON settings
    FOR EACH ROW WHEN (OLD.key LIKE 'policy.%')
    EXECUTE FUNCTION notify_settings_change()`.execute(db);
  await sql`CREATE TRIGGER notify_settings_change
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON closing_days
    FOR EACH STATEMENT EXECUTE FUNCTION notify_settings_change()`.execute(db);
}
