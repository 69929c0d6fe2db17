// One change to an order's schedule or status, in one transaction, with the policy it needs.
import type { Kysely } from "kysely";
import type { OrderStatus } from "../../../shared/domain";
import type { Texts } from "../../../shared/i18n/resources";
import type { Policy } from "../../../shared/policy";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { loadPolicy } from "../settings/policy";

export interface ChangeContext {
  userId: number;
  now: Date;
  policy: Policy;
}

export async function runChange<T>(
  context: RequestContext,
  change: (trx: Kysely<Database>, c: ChangeContext) => Promise<T>,
): Promise<T> {
  const user = signedInUser(context);
  const c = {
    userId: user.id,
    now: context.clock.now(),
    policy: await loadPolicy(context.db),
  };
  return context.db.transaction().execute((trx) => change(trx, c));
}

/** A change to an order, as its refusal names it (errors:schedule.change.*). */
export type OrderChange = keyof Texts["errors"]["schedule"]["change"];

const scheduled = ["assigned", "ready", "delivered", "in_review"] as const;

/** The statuses each change is for; its refusal names them in words, so the two go together. */
const changeStatuses = {
  markReady: ["assigned"],
  markDelivered: ["ready"],
  recordFeedback: ["delivered"],
  approve: ["delivered", "in_review"],
  approveDue: ["delivered"],
  setMilestones: scheduled,
  handleTasks: scheduled,
  changeMilestones: scheduled,
  reportFulfilment: ["assigned", "ready"],
  setInvoiceReference: scheduled,
} as const satisfies Record<OrderChange, readonly OrderStatus[]>;

/** The order, checked to be in one of the statuses the change is for. */
export async function orderIn(
  trx: Kysely<Database>,
  orderId: number,
  change: OrderChange,
) {
  const order = await trx
    .selectFrom("orders")
    .innerJoin("customers", "customers.id", "orders.customer_id")
    .select([
      "orders.id",
      "orders.number",
      "orders.status",
      "orders.version",
      "orders.partner_id",
      "orders.requested_delivery_date",
      "customers.email as customer_email",
      "customers.name as customer_name",
      "customers.language as customer_language",
    ])
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", orderId);
  if (
    !(changeStatuses[change] as readonly OrderStatus[]).includes(order.status)
  )
    throw new AppError("RULE", {
      key: "errors:schedule.wrongStatus",
      values: { number: order.number, status: order.status, change },
    });
  return order;
}

/** Any change to an order's data makes its packing slip out of date: bump version and time. */
export async function touchOrder(
  trx: Kysely<Database>,
  orderId: number,
  now: Date,
): Promise<void> {
  await trx
    .updateTable("orders")
    .set((eb) => ({
      version: eb("version", "+", 1),
      updated_at: now.toISOString(),
    }))
    .where("id", "=", orderId)
    .execute();
}

export async function completeTodo(
  trx: Kysely<Database>,
  orderId: number,
  kind: string,
  c: ChangeContext,
): Promise<void> {
  await trx
    .updateTable("todos")
    .set({ done_at: c.now.toISOString(), done_by: c.userId })
    .where("order_id", "=", orderId)
    .where("kind", "=", kind as never)
    .where("done_at", "is", null)
    .where("assignment_id", "in", (eb) =>
      eb
        .selectFrom("assignments")
        .select("id")
        .where("order_id", "=", orderId)
        .where("cancelled_at", "is", null),
    )
    .execute();
}
