// Revising a rating with a reason: the old and new values stay in the history.
import type { RatingFactors, RatingResult } from "../../../shared/contract";
import { exactOrderScore } from "../../../shared/rules/tier";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { AppError, notFound } from "../errors";
import { loadPolicy } from "../settings/policy";
import { ratingColumns } from "./rating-columns";
import { recomputePartnerRating } from "./recompute-partner";

export async function reviseRating(
  context: RequestContext,
  input: {
    orderId: number;
    version: number;
    factors: RatingFactors;
    reason: string;
  },
): Promise<RatingResult> {
  const { db, clock } = context;
  const user = signedInUser(context);
  const policy = await loadPolicy(db);
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    const rating = await trx
      .selectFrom("ratings")
      .selectAll()
      .where("order_id", "=", input.orderId)
      .executeTakeFirst();
    if (!rating) {
      const order = await trx
        .selectFrom("orders")
        .select("id")
        .where("id", "=", input.orderId)
        .executeTakeFirst();
      if (!order) throw notFound("order", input.orderId);
      throw new AppError("RULE", {
        key: "errors:ratings.noRating",
        values: { orderId: input.orderId },
      });
    }
    if (rating.version !== input.version) {
      throw new AppError(
        "CONFLICT",
        {
          key: "errors:ratings.revisedMeanwhile",
          values: { version: rating.version },
        },
        { version: rating.version },
      );
    }
    const before = {
      quality: rating.quality,
      communication: rating.communication,
      involvement: rating.involvement,
      deliveryTime: rating.delivery_time,
      budget: rating.budget,
      customerSatisfaction: rating.customer_satisfaction,
      score: rating.score,
    };
    const exact = exactOrderScore(input.factors);
    const score = exact.points / exact.parts;
    const after = {
      ...input.factors,
      customerSatisfaction: input.factors.customerSatisfaction ?? null,
      score,
    };
    await trx
      .updateTable("ratings")
      .set({
        ...ratingColumns(input.factors),
        score,
        version: rating.version + 1,
      })
      .where("id", "=", rating.id)
      .execute();
    await trx
      .updateTable("partner_scores")
      .set({ score, score_points: exact.points, score_parts: exact.parts })
      .where("rating_id", "=", rating.id)
      .execute();
    await trx
      .insertInto("rating_revisions")
      .values({
        rating_id: rating.id,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        reason: input.reason,
        revised_at: now.toISOString(),
        revised_by: user.id,
      })
      .execute();
    const partner = await recomputePartnerRating(trx, rating.partner_id, {
      policy,
      now,
      cause: `order ${input.orderId} rating revised`,
    });
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "rating.revised",
      entity: "rating",
      entityId: rating.id,
      orderId: input.orderId,
      before,
      after,
      reason: input.reason,
    });
    return {
      orderId: input.orderId,
      score,
      partner: {
        id: rating.partner_id,
        rating: partner.rating,
        tier: partner.tier,
        ratedOrders: partner.ratedOrders,
        tierChanged: partner.tierChanged,
      },
      notificationDueAt: null,
    };
  });
}
