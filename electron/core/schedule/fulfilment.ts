// Fulfilment dates, reported by the partner or recorded by staff for them. A new delivery date
// needs a reason, tells the customer through the outbox, and replaces the date in force when it is
// earlier or recorded at least 14 days (policy) before it: see shared/rules/date-in-force.ts.
import type { Kysely } from "kysely";
import type { Fulfilment } from "../../../shared/contract";
import type { FulfilmentMethod } from "../../../shared/domain";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { businessDateOf } from "../../../shared/rules/business-time";
import { deliveryDateOutcome } from "../../../shared/rules/date-in-force";
import { writeAudit } from "../audit/write-audit";
import type { Database } from "../db/schema";
import { loadDateInForce } from "./date-in-force";
import { AppError } from "../errors";
import { currentAssignmentId, getFulfilment } from "../orders/order-parts";
import { formatsFor } from "../i18n/formats";
import { enqueueEmail } from "../outbox/enqueue-email";
import {
  completeTodo,
  orderIn,
  touchOrder,
  type ChangeContext,
} from "./run-change";

export interface FulfilmentChange {
  orderId: number;
  materialArrival?: string | undefined;
  plannedCompletion?: string | undefined;
  deliveryDate?: string | undefined;
  method?: FulfilmentMethod | undefined;
  reason?: string | undefined;
}

async function ensureRow(trx: Kysely<Database>, orderId: number, now: Date) {
  await trx
    .insertInto("fulfilment")
    .values({ order_id: orderId, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column("order_id").doNothing())
    .execute();
  return trx
    .selectFrom("fulfilment")
    .selectAll()
    .where("order_id", "=", orderId)
    .executeTakeFirstOrThrow();
}

export async function updateFulfilment(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: FulfilmentChange,
): Promise<Fulfilment> {
  const order = await orderIn(trx, input.orderId, "reportFulfilment");
  const before = await ensureRow(trx, order.id, c.now);
  const movesDelivery =
    input.deliveryDate !== undefined &&
    input.deliveryDate !== before.delivery_date;
  if (movesDelivery && before.delivery_date !== null && !input.reason?.trim()) {
    throw new AppError(
      "RULE",
      {
        key: "errors:schedule.deliveryReason",
        values: { number: order.number },
      },
      { field: "reason" },
    );
  }
  const after = {
    material_arrival: input.materialArrival ?? before.material_arrival,
    planned_completion: input.plannedCompletion ?? before.planned_completion,
    delivery_date: input.deliveryDate ?? before.delivery_date,
    method: input.method ?? before.method,
  };
  await trx
    .updateTable("fulfilment")
    .set({
      ...after,
      updated_at: c.now.toISOString(),
      version: before.version + 1,
    })
    .where("order_id", "=", order.id)
    .execute();

  if (movesDelivery && input.deliveryDate) {
    // Judged against the date in force, which starts as the requested date: the first date too.
    const { inForce } = await loadDateInForce(
      trx,
      { id: order.id, requested_delivery_date: order.requested_delivery_date },
      c.policy,
    );
    const outcome = deliveryDateOutcome(
      inForce,
      { newDate: input.deliveryDate, reportedOn: businessDateOf(c.now) },
      c.policy,
    );
    await trx
      .insertInto("delivery_date_changes")
      .values({
        order_id: order.id,
        old_date: before.delivery_date,
        new_date: input.deliveryDate,
        reason: input.reason?.trim() || "First delivery date",
        in_time: outcome === "late" ? 0 : 1,
        assignment_id: await currentAssignmentId(trx, order.id),
        recorded_at: c.now.toISOString(),
        recorded_by: c.userId,
      })
      .execute();
    const t = translatorFor(order.customer_language);
    const { date } = formatsFor(order.customer_language);
    const reason = input.reason?.trim();
    await enqueueEmail(trx, {
      kind: "delivery_date_notice",
      orderId: order.id,
      recipient: order.customer_email,
      subject: t(
        before.delivery_date
          ? "email:deliveryDate.subjectNew"
          : "email:deliveryDate.subjectFirst",
        { number: order.number, date: date(input.deliveryDate) },
      ),
      body: t("email:deliveryDate.body", {
        name: order.customer_name,
        number: order.number,
        date: date(input.deliveryDate),
        previous: before.delivery_date
          ? t("email:deliveryDate.previous", {
              date: date(before.delivery_date),
            })
          : "",
        reason: reason ? t("email:deliveryDate.reason", { reason }) : "",
      }),
      dueAt: c.now,
      createdAt: c.now,
    });
  }
  if (input.materialArrival)
    await completeTodo(trx, order.id, "material_arrival", c);
  if (input.plannedCompletion)
    await completeTodo(trx, order.id, "planned_completion", c);
  if (after.delivery_date && after.method)
    await completeTodo(trx, order.id, "delivery_schedule", c);
  await touchOrder(trx, order.id, c.now);
  await writeAudit(trx, {
    at: c.now,
    userId: c.userId,
    action: movesDelivery ? "fulfilment.deliveryDate" : "fulfilment.updated",
    entity: "fulfilment",
    entityId: order.id,
    orderId: order.id,
    before: {
      materialArrival: before.material_arrival,
      plannedCompletion: before.planned_completion,
      deliveryDate: before.delivery_date,
      method: before.method,
    },
    after: {
      materialArrival: after.material_arrival,
      plannedCompletion: after.planned_completion,
      deliveryDate: after.delivery_date,
      method: after.method,
    },
    reason: input.reason?.trim() || null,
  });
  return (await getFulfilment(trx, order.id)) as Fulfilment;
}

export async function setInvoiceReference(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: { orderId: number; reference?: string; noReference?: true },
): Promise<Fulfilment> {
  const order = await orderIn(trx, input.orderId, "setInvoiceReference");
  const before = await ensureRow(trx, order.id, c.now);
  await trx
    .updateTable("fulfilment")
    .set({
      invoice_reference: input.reference ?? null,
      no_invoice_reference: input.noReference ? 1 : 0,
      updated_at: c.now.toISOString(),
      version: before.version + 1,
    })
    .where("order_id", "=", order.id)
    .execute();
  await completeTodo(trx, order.id, "invoice_reference", c);
  await touchOrder(trx, order.id, c.now);
  await writeAudit(trx, {
    at: c.now,
    userId: c.userId,
    action: "billing.reference",
    entity: "fulfilment",
    entityId: order.id,
    orderId: order.id,
    before: {
      invoiceReference: before.no_invoice_reference
        ? "no reference"
        : before.invoice_reference,
    },
    after: {
      invoiceReference: input.noReference ? "no reference" : input.reference,
    },
  });
  return (await getFulfilment(trx, order.id)) as Fulfilment;
}
