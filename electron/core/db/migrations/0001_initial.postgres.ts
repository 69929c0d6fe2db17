// Frozen once landed, with 0001_initial.ts: the PostgreSQL form of its SQLite triggers and FTS5
// table. The orders keep their customer's and partner's names by trigger functions, and the
// order search is a generated tsvector column with a GIN index. Its configuration, cutr_search,
// is 'simple' (no language stemming: numbers, names and postcodes match as typed) after
// unaccent (Müller is found as muller, as FTS5's remove_diacritics does); hyphens and slashes
// separate words, so C-2026-00123 is found by 00123.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function upPostgresSearchAndNames(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION cutr_search (COPY = simple)`.execute(
    db,
  );
  await sql`ALTER TEXT SEARCH CONFIGURATION cutr_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple`.execute(db);
  await sql`CREATE FUNCTION orders_names() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        NEW.customer_name := (SELECT name FROM customers WHERE id = NEW.customer_id);
      END IF;
      NEW.partner_name := (SELECT name FROM partners WHERE id = NEW.partner_id);
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER orders_names BEFORE INSERT OR UPDATE OF partner_id ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_names()`.execute(db);
  await sql`CREATE FUNCTION customers_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE orders SET customer_name = NEW.name WHERE customer_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER customers_renamed AFTER UPDATE OF name ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_renamed()`.execute(db);
  await sql`CREATE FUNCTION partners_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE orders SET partner_name = NEW.name WHERE partner_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER partners_renamed AFTER UPDATE OF name ON partners
    FOR EACH ROW EXECUTE FUNCTION partners_renamed()`.execute(db);
  await sql`ALTER TABLE orders ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
    to_tsvector('cutr_search', translate(number || ' ' || customer_name || ' '
      || coalesce(partner_name, '') || ' ' || delivery_street || ' ' || delivery_postcode
      || ' ' || delivery_city, '-/', '  '))
  ) STORED`.execute(db);
  await sql`CREATE INDEX orders_search ON orders USING gin (search_document)`.execute(
    db,
  );
}
