// Which threads an order has (DOMAIN.md, Messages): the Cutr thread always; the Customer thread
// only once the order is assigned, when it has direct messaging and its partner does not talk
// through Cutr alone.
import type { Kysely } from "kysely";
import type { ThreadUnavailableReason } from "../../../shared/contract";
import type { ThreadKind } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";

export interface ThreadAvailability {
  orderNumber: string;
  customer: { available: boolean; reason: ThreadUnavailableReason | null };
}

/** The refusal of a message to a missing Customer thread, for each reason it can be missing. */
const noCustomerThread = {
  "orders:messages.unavailable.noDirectMessaging":
    "errors:messages.noCustomerThread.noDirectMessaging",
  "orders:messages.unavailable.cutrOnly":
    "errors:messages.noCustomerThread.cutrOnly",
  "orders:messages.unavailable.notAssigned":
    "errors:messages.noCustomerThread.notAssigned",
} as const;

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
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom("assignments")
              .select("assignments.id")
              .whereRef("assignments.order_id", "=", "orders.id"),
          )
          .as("ever_assigned"),
    ])
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", orderId);
  // The Customer thread opens once an assignment exists, and stays with the order when one is
  // cancelled (DOMAIN.md, What belongs to an assignment).
  const reason: ThreadUnavailableReason | null = !order.direct_messaging
    ? { key: "orders:messages.unavailable.noDirectMessaging" }
    : !order.ever_assigned
      ? { key: "orders:messages.unavailable.notAssigned" }
      : order.communication === "cutr_only" && order.partner_name !== null
        ? {
            key: "orders:messages.unavailable.cutrOnly",
            values: { partner: order.partner_name },
          }
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
  const reason = availability.customer.reason;
  if (kind === "customer" && reason)
    throw new AppError("RULE", {
      key: noCustomerThread[reason.key],
      values: { number: availability.orderNumber, ...reason.values },
    });
  return availability;
}
