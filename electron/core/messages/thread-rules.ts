// Which threads an order has (DOMAIN.md, Messages): the Cutr thread always; the Customer thread
// only when the order has direct messaging and its partner does not talk through Cutr alone.
import type { Kysely } from "kysely";
import type { ThreadKind } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";

export interface ThreadAvailability {
  orderNumber: string;
  customer: { available: boolean; reason: string | null };
}

export async function threadAvailability(
  db: Kysely<Database>,
  orderId: number,
): Promise<ThreadAvailability> {
  const order = await db
    .selectFrom("orders")
    .leftJoin("partners", "partners.id", "orders.partner_id")
    .select([
      "orders.number",
      "orders.direct_messaging",
      "partners.name as partner_name",
      "partners.communication",
    ])
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("Order", orderId);
  const reason = !order.direct_messaging
    ? "This order has no direct messaging with the customer."
    : order.communication === "cutr_only"
      ? `${order.partner_name ?? "The partner"} talks through Cutr only.`
      : null;
  return {
    orderNumber: order.number,
    customer: { available: reason === null, reason },
  };
}

/** Refuses a message to a thread the order does not have. */
export async function requireThread(
  db: Kysely<Database>,
  orderId: number,
  kind: ThreadKind,
): Promise<ThreadAvailability> {
  const availability = await threadAvailability(db, orderId);
  if (kind === "customer" && !availability.customer.available)
    throw new AppError(
      "RULE",
      `Order ${availability.orderNumber} has no Customer thread: ${availability.customer.reason}`,
    );
  return availability;
}
