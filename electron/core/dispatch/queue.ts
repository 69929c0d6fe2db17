// The dispatch queue: open orders, key accounts first, then by requested delivery date.
import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
} from "kysely";

import type { Page, QueueRow } from "../../../shared/contract";
import type { Capability, Region } from "../../../shared/domain";
import { escapeLike, joinedTexts, textLike } from "../db/dialect";
import type { Database } from "../db/schema";
import { countOrders, selectOrderRows, toOrderRow } from "../orders/order-row";

export interface QueueFilter {
  region?: Region | undefined;
  capability?: Capability | undefined;
  customerId?: number | undefined;
  search?: string | undefined;
}

/** How many offers are out for the order, as a column of a query on orders. */
export const openOffers = (eb: ExpressionBuilder<Database, "orders">) =>
  eb
    .selectFrom("offers")
    .select(eb.fn.countAll<number>().as("n"))
    .whereRef("offers.order_id", "=", "orders.id")
    .where("offers.status", "=", "open")
    .as("open_offers");

/**
 * The order's capabilities, as a column of a query on orders: one text the rows' capabilities are
 * read from with capabilitiesIn, so a page of orders needs no second query.
 */
export const orderCapabilities =
  (db: Kysely<Database>) => (eb: ExpressionBuilder<Database, "orders">) =>
    eb
      .selectFrom("order_capabilities")
      .select(joinedTexts(db, "order_capabilities.capability").as("list"))
      .whereRef("order_capabilities.order_id", "=", "orders.id")
      .as("capabilities");

export const capabilitiesIn = (column: string | null): Capability[] =>
  column ? (column.split(",") as Capability[]) : [];

export async function dispatchQueue(
  db: Kysely<Database>,
  input: { offset: number; limit: number; filter: QueueFilter },
): Promise<Page<QueueRow>> {
  const { filter } = input;
  const where = (eb: ExpressionBuilder<Database, "orders">) => {
    const conditions: Expression<SqlBool>[] = [
      eb("orders.status", "=", "open"),
    ];
    if (filter.region) conditions.push(eb("orders.region", "=", filter.region));
    if (filter.customerId)
      conditions.push(eb("orders.customer_id", "=", filter.customerId));
    if (filter.capability) {
      // EXISTS, looked up per open order by the key: as IN (…), SQLite lists every order that
      // needs the capability, some 100,000 of them.
      conditions.push(
        eb.exists(
          eb
            .selectFrom("order_capabilities")
            .select("order_id")
            .whereRef("order_capabilities.order_id", "=", "orders.id")
            .where("order_capabilities.capability", "=", filter.capability),
        ),
      );
    }
    if (filter.search && filter.search.length >= 1) {
      conditions.push(
        eb.or([
          textLike(
            db,
            "orders.customer_name",
            `%${escapeLike(filter.search)}%`,
          ),
          textLike(db, "orders.number", `%${escapeLike(filter.search)}%`),
        ]),
      );
    }
    return eb.and(conditions);
  };
  const rows = await selectOrderRows(db)
    .select(openOffers)
    .select(orderCapabilities(db))
    .where(where)
    .orderBy("orders.key_account", "desc")
    .orderBy("orders.requested_delivery_date", "asc")
    .orderBy("orders.id", "asc")
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const total = await countOrders(db, where);
  return {
    total,
    rows: rows.map((r) => ({
      ...toOrderRow(r),
      capabilities: capabilitiesIn(r.capabilities),
      openOffers: Number(r.open_offers ?? 0),
    })),
  };
}
