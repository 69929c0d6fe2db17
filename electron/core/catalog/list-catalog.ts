// catalog.list: both lists, named; catalog.usage: what uses each entry now, so an admin sees what
// retiring one touches (counted over the orders: asked for by Settings only, not by every screen).
import type { Kysely } from "kysely";
import type {
  Catalog,
  CatalogEntry,
  CatalogUse,
} from "../../../shared/contract";
import type { CatalogList } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { catalogRecords } from "./catalog-tables";

/** Orders still on their way: the ones a retired capability or region still matters to. */
const unfinished = ["open", "assigned", "ready"] as const;

async function usage(db: Kysely<Database>, list: CatalogList) {
  const [partners, orders] =
    list === "capability"
      ? await Promise.all([
          db
            .selectFrom("partner_capabilities")
            .select((eb) => [
              "capability as code",
              eb.fn.countAll<number>().as("n"),
            ])
            .groupBy("capability")
            .execute(),
          db
            .selectFrom("order_capabilities")
            .innerJoin("orders", "orders.id", "order_capabilities.order_id")
            .select((eb) => [
              "capability as code",
              eb.fn.countAll<number>().as("n"),
            ])
            .where("orders.status", "in", unfinished)
            .groupBy("capability")
            .execute(),
        ])
      : await Promise.all([
          db
            .selectFrom("partner_regions")
            .select((eb) => [
              "region as code",
              eb.fn.countAll<number>().as("n"),
            ])
            .groupBy("region")
            .execute(),
          db
            .selectFrom("orders")
            .select((eb) => [
              "region as code",
              eb.fn.countAll<number>().as("n"),
            ])
            .where("status", "in", unfinished)
            .groupBy("region")
            .execute(),
        ]);
  const count = (rows: { code: string; n: number | string }[]) =>
    new Map(rows.map((r) => [r.code, Number(r.n)]));
  return { partners: count(partners), orders: count(orders) };
}

export async function catalogEntries(
  db: Kysely<Database>,
  list: CatalogList,
  language: "en" | "nl",
): Promise<CatalogEntry[]> {
  return [...(await catalogRecords(db, list)).values()].sort((a, b) =>
    a.names[language].localeCompare(b.names[language], language),
  );
}

async function usageOf(
  db: Kysely<Database>,
  list: CatalogList,
): Promise<Record<string, CatalogUse>> {
  const [records, used] = await Promise.all([
    catalogRecords(db, list),
    usage(db, list),
  ]);
  return Object.fromEntries(
    [...records.keys()].map((code) => [
      code,
      {
        partners: used.partners.get(code) ?? 0,
        orders: used.orders.get(code) ?? 0,
      },
    ]),
  );
}

export async function catalogUsage(db: Kysely<Database>) {
  const [capabilities, regions] = await Promise.all([
    usageOf(db, "capability"),
    usageOf(db, "region"),
  ]);
  return { capabilities, regions };
}

export async function listCatalog(
  db: Kysely<Database>,
  language: "en" | "nl",
): Promise<Catalog> {
  const [capabilities, regions] = await Promise.all([
    catalogEntries(db, "capability", language),
    catalogEntries(db, "region", language),
  ]);
  return { capabilities, regions };
}
