// Frozen once landed: never edit this file, add a new migration instead.
// Sorted by partner, the Orders list shows the orders without a partner first (ascending) and last
// (descending) on both engines: SQLite's own order for NULL. PostgreSQL puts NULL at the other end
// unless told, and then walks its index only if the index is built in that order.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`DROP INDEX orders_partner_name`.execute(db);
  await sql`CREATE INDEX orders_partner_name ON orders (partner_name NULLS FIRST, id)`.execute(
    db,
  );
}
