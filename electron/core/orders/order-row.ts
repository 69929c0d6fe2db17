// The columns of an order as lists show it, selected once for every query that returns OrderRow.
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from "kysely";
import type { OrderRow } from "../../../shared/contract";
import type { Database } from "../db/schema";

export function selectOrderRows(db: Kysely<Database>) {
  return db
    .selectFrom("orders")
    .select([
      "orders.id",
      "orders.number",
      "orders.status",
      "orders.version",
      "orders.title",
      "orders.customer_id",
      "orders.customer_name",
      "orders.key_account",
      "orders.partner_id",
      "orders.partner_name",
      "orders.region",
      "orders.requested_delivery_date",
      "orders.value_cents",
      "orders.created_at",
      "orders.delivered_at",
      "orders.approved_at",
    ]);
}

type OrderRowQuery = ReturnType<typeof selectOrderRows>;
export type SelectedOrderRow = Awaited<
  ReturnType<OrderRowQuery["executeTakeFirstOrThrow"]>
>;

export function toOrderRow(r: SelectedOrderRow): OrderRow {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    version: r.version,
    title: r.title,
    customerId: r.customer_id,
    customerName: r.customer_name,
    keyAccount: r.key_account === 1,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    region: r.region,
    requestedDeliveryDate: r.requested_delivery_date,
    valueCents: r.value_cents,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
    approvedAt: r.approved_at,
  };
}

/** How many orders a filter matches, counted on the orders table alone. */
export async function countOrders(
  db: Kysely<Database>,
  where: (eb: ExpressionBuilder<Database, "orders">) => Expression<SqlBool>,
): Promise<number> {
  const { total } = await db
    .selectFrom("orders")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(total);
}
