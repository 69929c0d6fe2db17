// Frozen once landed, with 0023_order_infix_search.ts: the PostgreSQL form of the infix search.
// pg_trgm's GIN index on a folded copy of what is searched (lower case, accents removed with the
// unaccent dictionary of 0001), and one on the folded number, so LIKE '%2230%' is answered from
// the index. unaccent() is only STABLE, so an IMMUTABLE wrapper names its dictionary exactly.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function upPostgresOrderInfixSearch(
  db: Kysely<any>,
): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE FUNCTION cutr_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`.execute(
    db,
  );
  await sql`ALTER TABLE orders ADD COLUMN infix_text text GENERATED ALWAYS AS (
    cutr_fold(number || ' ' || title || ' ' || customer_name || ' ' || coalesce(partner_name, '') || ' '
      || delivery_street || ' ' || delivery_postcode || ' ' || delivery_city)
  ) STORED`.execute(db);
  await sql`CREATE INDEX orders_infix ON orders USING gin (infix_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX orders_number_infix ON orders USING gin (lower(number) gin_trgm_ops)`.execute(
    db,
  );
}
