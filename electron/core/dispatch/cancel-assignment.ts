// Cancelling an assignment: the reason, whether it counts toward the partner's rating, the order
// back to open for a new partner, the partner told, the rating recomputed; one transaction.
import type { Kysely } from "kysely";
import { writeAudit } from "../audit/write-audit";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { enqueueEmail } from "../outbox/enqueue-email";
import { scoreCancellation } from "../ratings/score-cancellation";
import type { DispatchContext } from "./assign-order";
import { staleOrder } from "./conflict";
import { endCurrentAssignment } from "./end-assignment";

export async function cancelAssignment(
  trx: Kysely<Database>,
  context: DispatchContext,
  input: {
    orderId: number;
    orderVersion: number;
    reason: string;
    countsTowardRating?: boolean | undefined;
  },
): Promise<{ orderId: number; orderVersion: number }> {
  const order = await trx
    .selectFrom("orders")
    .select(["id", "number", "status", "version", "partner_id"])
    .where("id", "=", input.orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", input.orderId);
  if (order.version !== input.orderVersion)
    throw await staleOrder(trx, order.id);
  const counts =
    input.countsTowardRating ?? context.policy.cancellationCountsByDefault;
  if (
    (order.status !== "assigned" && order.status !== "ready") ||
    order.partner_id === null
  ) {
    throw new AppError("RULE", {
      key: "errors:dispatch.nothingToCancel",
      values: { number: order.number, status: order.status },
    });
  }
  const now = context.now.toISOString();
  const ended = await endCurrentAssignment(trx, order.id, {
    userId: context.userId,
    now: context.now,
    reason: input.reason,
    countsTowardRating: counts,
  });
  if (!ended) throw await staleOrder(trx, order.id);
  const updated = await trx
    .updateTable("orders")
    .set({
      status: "open",
      partner_id: null,
      assigned_at: null,
      ready_at: null,
      updated_at: now,
      version: order.version + 1,
    })
    .where("id", "=", order.id)
    .where("version", "=", order.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw await staleOrder(trx, order.id);
  const { partner, assignmentId } = ended;
  const t = translatorFor(partner.language);
  await enqueueEmail(trx, {
    kind: "assignment_cancelled",
    orderId: order.id,
    recipient: partner.email,
    subject: t("email:cancellation.subject", { number: order.number }),
    body: t("email:cancellation.body", {
      name: partner.name,
      number: order.number,
      reason: input.reason,
      rating: counts
        ? t("email:cancellation.counts")
        : t("email:cancellation.excused"),
    }),
    dueAt: context.now,
    createdAt: context.now,
  });
  await scoreCancellation(
    trx,
    {
      partnerId: partner.id,
      orderId: order.id,
      assignmentId,
      countsTowardRating: counts,
      at: context.now,
    },
    context.policy,
  );
  await writeAudit(trx, {
    at: context.now,
    userId: context.userId,
    action: "assignment.cancelled",
    entity: "assignment",
    entityId: assignmentId,
    orderId: order.id,
    before: { status: order.status, partner: partner.name },
    after: { status: "open", countsTowardRating: counts },
    reason: input.reason,
  });
  return { orderId: order.id, orderVersion: order.version + 1 };
}
