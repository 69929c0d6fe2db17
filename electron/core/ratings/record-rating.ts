// Rating an approved order: the rating, the partner's new rating and tier, its history point, the
// partner's notification (10 working days after approval, 09:00 Amsterdam) and the audit row,
// all in one transaction.
import type { RatingFactors, RatingResult } from "../../../shared/contract";
import { businessDateOf, instantAt } from "../../../shared/rules/business-time";
import { exactOrderScore } from "../../../shared/rules/tier";
import { emitWebhookEvent } from "../integrations/webhooks/emit-webhook-event";
import { writeAudit } from "../audit/write-audit";
import { addWorkingDays } from "../calendar/working-days";
import { signedInUser, type RequestContext } from "../context";
import { AppError, isDuplicate, notFound } from "../errors";
import { enqueueEmail } from "../outbox/enqueue-email";
import { loadClosingDays, loadPolicy } from "../settings/policy";
import { ratingColumns } from "./rating-columns";
import { ratingNotice, ratingNoticeKind } from "./rating-notice";
import { recomputePartnerRating } from "./recompute-partner";

export async function recordRating(
  context: RequestContext,
  input: { orderId: number; factors: RatingFactors; note?: string | undefined },
): Promise<RatingResult> {
  const { db, clock } = context;
  const user = signedInUser(context);
  const policy = await loadPolicy(db);
  const closingDays = await loadClosingDays(db);
  const now = clock.now();
  try {
    return await db.transaction().execute(async (trx) => {
      const order = await trx
        .selectFrom("orders")
        .innerJoin("partners", "partners.id", "orders.partner_id")
        .select([
          "orders.id",
          "orders.number",
          "orders.status",
          "orders.approved_at",
          "orders.partner_id",
        ])
        .where("orders.id", "=", input.orderId)
        .executeTakeFirst();
      if (!order) {
        const exists = await trx
          .selectFrom("orders")
          .select("status")
          .where("id", "=", input.orderId)
          .executeTakeFirst();
        if (!exists) throw notFound("order", input.orderId);
        throw new AppError("RULE", {
          key: "errors:ratings.noPartner",
          values: { orderId: input.orderId },
        });
      }
      if (
        order.status !== "approved" ||
        !order.approved_at ||
        order.partner_id === null
      ) {
        throw new AppError("RULE", {
          key: "errors:ratings.notApproved",
          values: { number: order.number, status: order.status },
        });
      }
      const existing = await trx
        .selectFrom("ratings")
        .select("id")
        .where("order_id", "=", order.id)
        .executeTakeFirst();
      if (existing)
        throw new AppError("CONFLICT", {
          key: "errors:ratings.ratedAlready",
          values: { number: order.number },
        });

      const exact = exactOrderScore(input.factors);
      const score = exact.points / exact.parts;
      const rating = await trx
        .insertInto("ratings")
        .values({
          order_id: order.id,
          partner_id: order.partner_id,
          ...ratingColumns(input.factors),
          score,
          note: input.note ?? null,
          rated_at: now.toISOString(),
          rated_by: user.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const approvedOn = businessDateOf(order.approved_at);
      await trx
        .insertInto("partner_scores")
        .values({
          partner_id: order.partner_id,
          order_id: order.id,
          source: "rating",
          score,
          score_points: exact.points,
          score_parts: exact.parts,
          scored_on: approvedOn,
          rating_id: rating.id,
          assignment_id: null,
        })
        .execute();
      const partner = await recomputePartnerRating(trx, order.partner_id, {
        policy,
        now,
        cause: `order ${order.number} rated`,
      });

      // No earlier than 10 working days after approval; a late rating is told at once.
      const noticeDay = addWorkingDays(
        approvedOn,
        policy.ratingNoticeWorkingDays,
        closingDays,
      );
      const dueAt = new Date(
        Math.max(
          instantAt(noticeDay, policy.ratingNoticeHour).getTime(),
          now.getTime(),
        ),
      );
      // Written again as it leaves, with the rating as it then stands (rating-notice.ts).
      const notice = await ratingNotice(trx, order.id);
      if (!notice) throw new Error(`order ${order.id} has no rating to tell`);
      await enqueueEmail(trx, {
        kind: ratingNoticeKind,
        orderId: order.id,
        ...notice,
        dueAt,
        createdAt: now,
      });
      await writeAudit(trx, {
        at: now,
        userId: user.id,
        action: "rating.recorded",
        entity: "rating",
        entityId: rating.id,
        orderId: order.id,
        after: { ...input.factors, score: Math.round(score * 100) / 100 },
        reason: input.note ?? null,
      });
      await emitWebhookEvent(trx, {
        event: "rating.recorded",
        orderId: order.id,
        at: now,
        data: { score: Math.round(score * 100) / 100 },
      });
      return {
        orderId: order.id,
        score,
        partner: {
          id: order.partner_id,
          rating: partner.rating,
          tier: partner.tier,
          ratedOrders: partner.ratedOrders,
          tierChanged: partner.tierChanged,
        },
        notificationDueAt: dueAt.toISOString(),
      };
    });
  } catch (error) {
    // Two account managers saving at once: the database's unique order_id lets one win (SQLite
    // names the constraint; PostgreSQL's unique violation in this transaction can only be it).
    if (
      isDuplicate(error) ||
      (error instanceof Error &&
        /UNIQUE constraint failed: ratings\.order_id/.test(error.message))
    ) {
      throw new AppError("CONFLICT", {
        key: "errors:ratings.ratedMeanwhile",
        values: { orderId: input.orderId },
      });
    }
    throw error;
  }
}
