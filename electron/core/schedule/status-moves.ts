// Ready → Delivered → Approved, each refused until its evidence is there; feedback of any kind
// puts a delivered order in review until staff approve it, and approving early without feedback
// needs a reason; delivered orders whose customer gave no feedback within 14 days (policy) are
// approved automatically, as of the moment the 14 days ended.
import { addDays } from "date-fns";
import type { Kysely } from "kysely";
import type { StatusResult } from "../../../shared/contract";
import type { OrderStatus } from "../../../shared/domain";
import { emitWebhookEvent } from "../integrations/webhooks/emit-webhook-event";
import { writeAudit } from "../audit/write-audit";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import { staleOrder } from "../dispatch/conflict";
import { readiness } from "./readiness";
import { orderIn, type ChangeContext, type OrderChange } from "./run-change";
import { dateInEachLanguage } from "../i18n/formats";
import { businessDateOf } from "../../../shared/rules/business-time";

type Order = Awaited<ReturnType<typeof orderIn>>;

async function move(
  trx: Kysely<Database>,
  c: ChangeContext | { userId: null; now: Date },
  order: Order,
  to: OrderStatus,
  details: {
    version?: number;
    reason?: string | null;
    after?: Record<string, unknown>;
    /** When the move takes effect, if not now: an automatic approval's is delivery + 14 days. */
    effectiveAt?: Date;
  } = {},
): Promise<StatusResult> {
  const now = c.now.toISOString();
  const at = (details.effectiveAt ?? c.now).toISOString();
  const stamps = {
    ready: { ready_at: at },
    delivered: { delivered_at: at },
    approved: { approved_at: at },
  } as Record<string, Record<string, string>>;
  const updated = await trx
    .updateTable("orders")
    .set({
      status: to,
      version: order.version + 1,
      updated_at: now,
      ...(stamps[to] ?? {}),
    })
    .where("id", "=", order.id)
    .where("version", "=", details.version ?? order.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw await staleOrder(trx, order.id);
  await writeAudit(trx, {
    at: c.now,
    userId: c.userId,
    action: `order.${to === "in_review" ? "inReview" : to}`,
    entity: "order",
    entityId: order.id,
    orderId: order.id,
    before: { status: order.status },
    after: { status: to, ...details.after },
    reason: details.reason ?? null,
  });
  if (to === "ready" || to === "delivered" || to === "approved")
    await emitWebhookEvent(trx, {
      event: `order.${to}`,
      orderId: order.id,
      at: new Date(at),
    });
  return { orderId: order.id, status: to, orderVersion: order.version + 1 };
}

/** The order in an allowed status and still at the version the caller decided on. */
async function orderAtVersion(
  trx: Kysely<Database>,
  input: { orderId: number; orderVersion: number },
  change: OrderChange,
): Promise<Order> {
  const order = await orderIn(trx, input.orderId, change);
  if (order.version !== input.orderVersion)
    throw await staleOrder(trx, order.id);
  return order;
}

export async function markReady(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: { orderId: number; orderVersion: number },
) {
  const order = await orderAtVersion(trx, input, "markReady");
  const unmet = (await readiness(trx, order.id)).filter(
    (condition) => !condition.met,
  );
  if (unmet.length > 0) {
    throw new AppError(
      "RULE",
      {
        key: "errors:schedule.notReady",
        values: {
          number: order.number,
          unmet: {
            list: unmet.map((u) => u.label),
            separator: "; ",
            lowercase: true,
          },
        },
      },
      { unmet },
    );
  }
  return move(trx, c, order, "ready", { version: input.orderVersion });
}

export async function markDelivered(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: { orderId: number; orderVersion: number },
) {
  const order = await orderAtVersion(trx, input, "markDelivered");
  if (order.partner_id !== null) {
    await trx
      .updateTable("partners")
      .set((eb) => ({ active_orders: eb("active_orders", "-", 1) }))
      .where("id", "=", order.partner_id)
      .execute();
  }
  return move(trx, c, order, "delivered", {
    version: input.orderVersion,
    after: { signedSlipConfirmed: true },
  });
}

export async function recordFeedback(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: {
    orderId: number;
    kind: "positive" | "issues";
    text: string;
    aboutQuality: boolean;
  },
) {
  const order = await orderIn(trx, input.orderId, "recordFeedback");
  const windowEnds = await feedbackWindowEnd(trx, order.id, c);
  if (c.now.getTime() >= windowEnds.getTime()) {
    throw new AppError("RULE", {
      key: "errors:schedule.feedbackClosed",
      values: {
        days: c.policy.feedbackWindowDays,
        number: order.number,
        date: dateInEachLanguage(businessDateOf(windowEnds)),
      },
    });
  }
  await trx
    .insertInto("feedback")
    .values({
      order_id: order.id,
      kind: input.kind,
      text: input.text,
      about_quality: input.aboutQuality ? 1 : 0,
      recorded_at: c.now.toISOString(),
      recorded_by: c.userId,
    })
    .execute();
  // Any feedback, positive or not, waits for staff to approve the order (DOMAIN.md).
  return move(trx, c, order, "in_review", {
    reason: input.text,
    after: { feedback: input.kind },
  });
}

/** The moment a delivered order's feedback window ends: delivery plus 14 days (policy). */
async function feedbackWindowEnd(
  trx: Kysely<Database>,
  orderId: number,
  c: Pick<ChangeContext, "now" | "policy">,
): Promise<Date> {
  const { delivered_at } = await trx
    .selectFrom("orders")
    .select("delivered_at")
    .where("id", "=", orderId)
    .executeTakeFirstOrThrow();
  return addDays(
    new Date(delivered_at ?? c.now.toISOString()),
    c.policy.feedbackWindowDays,
  );
}

export async function approve(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: { orderId: number; orderVersion: number; reason?: string | undefined },
) {
  const order = await orderAtVersion(trx, input, "approve");
  const reason = input.reason?.trim() || null;
  if (order.status !== "delivered")
    return move(trx, c, order, "approved", {
      version: input.orderVersion,
      reason,
    });
  // Delivered, so without feedback: early while the window is open (a reason is needed); once it
  // has closed, the approval takes effect when it closed, as the automatic one would.
  const windowEnd = await feedbackWindowEnd(trx, order.id, c);
  const early = c.now.getTime() < windowEnd.getTime();
  if (early && reason === null)
    throw new AppError(
      "RULE",
      {
        key: "errors:schedule.earlyApprovalReason",
        values: { number: order.number, days: c.policy.feedbackWindowDays },
      },
      { field: "reason" },
    );
  return move(trx, c, order, "approved", {
    version: input.orderVersion,
    reason,
    after: { early },
    ...(early ? {} : { effectiveAt: windowEnd }),
  });
}

/** Approves every delivered order without feedback whose window has passed; running it twice changes nothing more. */
export async function approveDueOrders(
  trx: Kysely<Database>,
  now: Date,
  feedbackWindowDays: number,
): Promise<number> {
  const cutoff = addDays(now, -feedbackWindowDays).toISOString();
  const due = await trx
    .selectFrom("orders")
    .select(["id", "delivered_at"])
    .where("status", "=", "delivered")
    .where("delivered_at", "<=", cutoff)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("feedback")
            .select("feedback.id")
            .whereRef("feedback.order_id", "=", "orders.id"),
        ),
      ),
    )
    .execute();
  for (const { id, delivered_at } of due) {
    const order = await orderIn(trx, id, "approveDue");
    // Approved at the moment the window closed, however late this check runs.
    await move(trx, { userId: null, now }, order, "approved", {
      reason: `No customer feedback within ${feedbackWindowDays} days.`,
      effectiveAt: addDays(
        new Date(delivered_at as string),
        feedbackWindowDays,
      ),
    });
  }
  return due.length;
}
