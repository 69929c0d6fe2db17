// catalog.list: both lists with what uses each entry now, so an admin sees what retiring touches.
import type { Kysely } from "kysely";
import type { Catalog, CatalogEntry } from "../../../shared/contract";
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
  const [records, used] = await Promise.all([
    catalogRecords(db, list),
    usage(db, list),
  ]);
  return [...records.values()]
    .map((r) => ({
      ...r,
      usedBy: {
        partners: used.partners.get(r.code) ?? 0,
        orders: used.orders.get(r.code) ?? 0,
      },
    }))
    .sort((a, b) =>
      a.names[language].localeCompare(b.names[language], language),
    );
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
