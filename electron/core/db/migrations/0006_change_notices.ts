// Frozen once landed: never edit this file, add a new migration instead.
// Team mode's live updates: every change to an order, or to what hangs off it, sends a
// notification on the channel cutr_changes when its transaction commits (PostgreSQL folds
// duplicates within a transaction). Consoles LISTEN and refresh what shows that order. A local
// SQLite database has one console, so nothing is needed there.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";

/** Each watched table and the column that names the order (or the partner) a row belongs to. */
const watched = [
  ["orders", "id", "order"],
  ["assignments", "order_id", "order"],
  ["offers", "order_id", "order"],
  ["todos", "order_id", "order"],
  ["tasks", "order_id", "order"],
  ["milestones", "order_id", "order"],
  ["fulfilment", "order_id", "order"],
  ["delivery_date_changes", "order_id", "order"],
  ["files", "order_id", "order"],
  ["feedback", "order_id", "order"],
  ["ratings", "order_id", "order"],
  ["message_threads", "order_id", "order"],
  ["packing_slips", "order_id", "order"],
  ["partners", "id", "partner"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      changed jsonb := to_jsonb(coalesce(NEW, OLD));
    BEGIN
      PERFORM pg_notify('cutr_changes', json_build_object(
        'table', TG_TABLE_NAME,
        'kind', TG_ARGV[1],
        'id', (changed ->> TG_ARGV[0])::integer
      )::text);
      RETURN NULL;
    END $$`.execute(db);
  for (const [table, column, kind] of watched)
    await sql`CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION notify_change(${sql.lit(column)}, ${sql.lit(kind)})`.execute(
      db,
    );
}
