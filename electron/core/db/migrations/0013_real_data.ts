// Frozen once landed: never edit this file, add a new migration instead.
// Real data in and out: capabilities and regions become lists that admins keep (seeded with the
// ones the console shipped with, their names as the console showed them); partners get a contact
// person, a street address, a pause with a reason and a date it ends; customers get contacts,
// delivery addresses, a direct-messaging default and a version; partners, customers and orders an
// external reference that imports key on; orders a cancellation reason; and a counter per year
// that numbers new orders without reading every number of the year.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";

const capabilities = [
  ["cnc_cutting", "process", "CNC cutting", "CNC-frezen"],
  ["edge_banding", "process", "Edge banding", "Kantenlijmen"],
  ["spray_lacquering", "process", "Spray lacquering", "Spuitlakken"],
  ["upholstery", "process", "Upholstery", "Stofferen"],
  ["metalwork", "process", "Metalwork", "Metaalbewerking"],
  ["assembly", "process", "Assembly", "Montage"],
  ["installation", "process", "Installation", "Installatie"],
  ["plywood", "material", "Plywood", "Multiplex"],
  ["mdf", "material", "MDF", "MDF"],
  ["solid_oak", "material", "Solid oak", "Massief eiken"],
  ["hpl", "material", "HPL", "HPL"],
  ["steel", "material", "Steel", "Staal"],
] as const;

const regions = [
  ["NL-NH", "Noord-Holland", "Noord-Holland"],
  ["NL-ZH", "Zuid-Holland", "Zuid-Holland"],
  ["NL-UT", "Utrecht", "Utrecht"],
  ["NL-NB", "Noord-Brabant", "Noord-Brabant"],
  ["NL-GE", "Gelderland", "Gelderland"],
  ["NL-OV", "Overijssel", "Overijssel"],
  ["NL-GR", "Groningen", "Groningen"],
  ["NL-FR", "Friesland", "Friesland"],
  ["NL-DR", "Drenthe", "Drenthe"],
  ["NL-FL", "Flevoland", "Flevoland"],
  ["NL-ZE", "Zeeland", "Zeeland"],
  ["NL-LI", "Limburg", "Limburg"],
  ["BE-VAN", "Antwerpen", "Antwerpen"],
  ["BE-BRU", "Brussels", "Brussel"],
  ["DE-NW", "Nordrhein-Westfalen", "Noordrijn-Westfalen"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  const s = db.schema;
  const withId = (name: string) =>
    s
      .createTable(name)
      .addColumn("id", "integer", (c) =>
        postgres
          ? c.primaryKey().generatedByDefaultAsIdentity()
          : c.primaryKey().autoIncrement(),
      );
  const createdAt = "2026-12-07T00:00:00.000Z";

  await s
    .createTable("capabilities")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("name_nl", "text", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto("capabilities")
    .values(
      capabilities.map(([code, kind, en, nl]) => ({
        code,
        kind,
        name_en: en,
        name_nl: nl,
        created_at: createdAt,
      })),
    )
    .execute();

  await s
    .createTable("regions")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("name_nl", "text", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto("regions")
    .values(
      regions.map(([code, en, nl]) => ({
        code,
        name_en: en,
        name_nl: nl,
        created_at: createdAt,
      })),
    )
    .execute();

  for (const [column, type] of [
    ["contact_name", "text not null default ''"],
    ["street", "text not null default ''"],
    ["postcode", "text not null default ''"],
    ["external_ref", "text"],
    ["paused_reason", "text"],
    ["paused_at", "text"],
    ["resumes_on", "text"],
    ["updated_at", "text"],
  ] as const)
    await sql`ALTER TABLE partners ADD COLUMN ${sql.raw(column)} ${sql.raw(type)}`.execute(
      db,
    );
  await s
    .createIndex("partners_external_ref")
    .unique()
    .on("partners")
    .column("external_ref")
    .execute();
  // The paused partners whose pause ends by itself, for the daily job that resumes them.
  await s
    .createIndex("partners_resumes_on")
    .on("partners")
    .column("resumes_on")
    .execute();

  for (const [column, type] of [
    ["street", "text not null default ''"],
    ["postcode", "text not null default ''"],
    ["external_ref", "text"],
    ["direct_messaging_default", "integer not null default 0"],
    ["version", "integer not null default 1"],
    ["updated_at", "text"],
  ] as const)
    await sql`ALTER TABLE customers ADD COLUMN ${sql.raw(column)} ${sql.raw(type)}`.execute(
      db,
    );
  await s
    .createIndex("customers_external_ref")
    .unique()
    .on("customers")
    .column("external_ref")
    .execute();

  await withId("customer_contacts")
    .addColumn("customer_id", "integer", (c) =>
      c.notNull().references("customers.id"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("customer_contacts_customer")
    .on("customer_contacts")
    .column("customer_id")
    .execute();

  await withId("customer_addresses")
    .addColumn("customer_id", "integer", (c) =>
      c.notNull().references("customers.id"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("street", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("customer_addresses_customer")
    .on("customer_addresses")
    .column("customer_id")
    .execute();

  for (const [column, type] of [
    ["external_ref", "text"],
    ["cancel_reason", "text"],
  ] as const)
    await sql`ALTER TABLE orders ADD COLUMN ${sql.raw(column)} ${sql.raw(type)}`.execute(
      db,
    );
  await s
    .createIndex("orders_external_ref")
    .unique()
    .on("orders")
    .column("external_ref")
    .execute();

  // A partner's or customer's own history (audit/history.ts), newest first.
  await s
    .createIndex("audit_log_entity")
    .on("audit_log")
    .columns(["entity", "entity_id", "id"])
    .execute();

  await s
    .createTable("order_numbers")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("last", "integer", (c) => c.notNull())
    .execute();

  if (postgres) {
    // Team mode's live updates (0006) for the new editable rows.
    for (const [table, column, kind] of [
      ["customers", "id", "customer"],
      ["customer_contacts", "customer_id", "customer"],
      ["customer_addresses", "customer_id", "customer"],
    ] as const)
      await sql`CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION notify_change(${sql.lit(column)}, ${sql.lit(kind)})`.execute(
        db,
      );
    for (const table of ["capabilities", "regions"])
      await sql`CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION notify_change('version', 'catalog')`.execute(
        db,
      );
  }
}
