// The Orders list: one page of orders, filtered, searched and sorted in SQL, with the total count.
import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type OrderByItemBuilder,
  type SqlBool,
} from "kysely";
import type {
  OrderRow,
  OrderSort,
  OrdersFilter,
  Page,
} from "../../../shared/contract";
import type { Database } from "../db/schema";
import { escapeLike, textLike } from "../db/dialect";
import { orderMatchesPhrase } from "../search/text-index";
import { countOrders, selectOrderRows, toOrderRow } from "./order-row";

type OrdersScope = ExpressionBuilder<Database, "orders">;

const sortExpressions = {
  number: "orders.number",
  status: "orders.status",
  customer: "orders.customer_name",
  partner: "orders.partner_name",
  requestedDeliveryDate: "orders.requested_delivery_date",
  createdAt: "orders.created_at",
  value: "orders.value_cents",
} as const satisfies Record<OrderSort["column"], string>;

/**
 * The direction of the sorted column. The partner is the one that may be NULL (an order without a
 * partner): the smallest value on both engines, SQLite's own order, which PostgreSQL follows when
 * told (migration 0010 builds its index so). Told of the others, PostgreSQL would stop walking
 * their indexes.
 */
const inOrder =
  ({ column, direction }: OrderSort) =>
  (ob: OrderByItemBuilder) =>
    column !== "partner"
      ? ob[direction]()
      : direction === "asc"
        ? ob.asc().nullsFirst()
        : ob.desc().nullsLast();

/** The WHERE clause of a filter, on the orders table alone so the count needs no join. */
function filterCondition(db: Kysely<Database>, filter: OrdersFilter) {
  return (eb: OrdersScope): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.status?.length)
      conditions.push(eb("orders.status", "in", filter.status));
    if (filter.keyAccount !== undefined)
      conditions.push(eb("orders.key_account", "=", filter.keyAccount ? 1 : 0));
    if (filter.rated !== undefined) {
      const rating = eb.exists(
        eb
          .selectFrom("ratings")
          .select("ratings.id")
          .whereRef("ratings.order_id", "=", "orders.id"),
      );
      conditions.push(filter.rated ? rating : eb.not(rating));
    }
    if (filter.region) conditions.push(eb("orders.region", "=", filter.region));
    if (filter.customerId)
      conditions.push(eb("orders.customer_id", "=", filter.customerId));
    if (filter.partnerId)
      conditions.push(eb("orders.partner_id", "=", filter.partnerId));
    const search = filter.search?.trim();
    if (search) {
      // Trigram search needs three characters; shorter text matches the start of the number.
      conditions.push(
        search.length >= 3
          ? orderMatchesPhrase(db, search)
          : textLike(db, "orders.number", `${escapeLike(search)}%`),
      );
    }
    return eb.and(conditions);
  };
}

interface OrdersPageInput {
  offset: number;
  limit: number;
  sort: OrderSort;
  filter: OrdersFilter;
}

/** One page of the list's rows, without the total (an export reads page after page). */
export async function orderRowsPage(
  db: Kysely<Database>,
  input: OrdersPageInput,
): Promise<OrderRow[]> {
  const rows = await selectOrderRows(db)
    .where(filterCondition(db, input.filter))
    .orderBy(sortExpressions[input.sort.column], inOrder(input.sort))
    .orderBy("orders.id", input.sort.direction)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return rows.map(toOrderRow);
}

export async function listOrders(
  db: Kysely<Database>,
  input: OrdersPageInput,
): Promise<Page<OrderRow>> {
  const [rows, total] = await Promise.all([
    orderRowsPage(db, input),
    countOrders(db, filterCondition(db, input.filter)),
  ]);
  return { rows, total };
}
