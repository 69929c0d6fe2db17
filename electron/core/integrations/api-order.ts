// An order as the integration API answers it: found by the shop's reference, with where it stands.
import type { Kysely } from "kysely";
import type { ApiOrder } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import { loadDateInForce } from "../schedule/date-in-force";
import { loadPolicy } from "../settings/policy";

const orderQuery = (db: Kysely<Database>) =>
  db
    .selectFrom("orders")
    .innerJoin("customers", "customers.id", "orders.customer_id")
    .leftJoin("partners", "partners.id", "orders.partner_id")
    .select([
      "orders.id",
      "orders.version",
      "orders.external_ref",
      "orders.number",
      "orders.status",
      "orders.customer_id",
      "customers.external_ref as customer_ref",
      "orders.partner_name",
      "partners.external_ref as partner_ref",
      "orders.requested_delivery_date",
      "orders.approved_at",
      "orders.delivered_at",
      "orders.ready_at",
      "orders.cancelled_at",
      "orders.cancel_reason",
    ]);

export type OrderByRef = NonNullable<
  Awaited<ReturnType<ReturnType<typeof orderQuery>["executeTakeFirst"]>>
>;

/** The order with the shop's reference, or null. */
export const findOrderByRef = (db: Kysely<Database>, reference: string) =>
  orderQuery(db)
    .where("orders.external_ref", "=", reference)
    .executeTakeFirst();

export async function orderByRef(
  db: Kysely<Database>,
  reference: string,
): Promise<OrderByRef> {
  const order = await findOrderByRef(db, reference);
  if (!order)
    throw new AppError(
      "NOT_FOUND",
      { key: "errors:integrations.orderUnknown", values: { reference } },
      { reference },
    );
  return order;
}

export async function apiOrder(
  db: Kysely<Database>,
  reference: string,
): Promise<ApiOrder> {
  const order = await orderByRef(db, reference);
  const [assignment, inForce] = await Promise.all([
    db
      .selectFrom("assignments")
      .select("assigned_at")
      .where("order_id", "=", order.id)
      .where("cancelled_at", "is", null)
      .orderBy("id", "desc")
      .executeTakeFirst(),
    loadPolicy(db).then((policy) => loadDateInForce(db, order, policy)),
  ]);
  return {
    reference,
    number: order.number,
    status: order.status,
    customerReference: order.customer_ref,
    partner: order.partner_name
      ? { name: order.partner_name, reference: order.partner_ref }
      : null,
    requestedDeliveryDate: order.requested_delivery_date,
    deliveryDate: inForce.inForce,
    assignedAt: assignment?.assigned_at ?? null,
    readyAt: order.ready_at,
    deliveredAt: order.delivered_at,
    approvedAt: order.approved_at,
    cancelledAt: order.cancelled_at,
    cancelReason: order.cancel_reason,
  };
}
