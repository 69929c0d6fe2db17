// A partner's rating: the exact mean of its order scores (ratings and counted cancellations) of the
// last 24 months (policy), its tier, and a history point whenever it is recomputed.
import { subMonths } from "date-fns";
import type { Kysely } from "kysely";
import type { Tier } from "../../../shared/domain";
import type { Policy } from "../../../shared/policy";
import { businessDateOf } from "../../../shared/rules/business-time";
import { partnerRatingOf } from "../../../shared/rules/tier";
import type { Database } from "../db/schema";
import { lockRow } from "../db/dialect";
import { scoreGroupsByPartner } from "./score-groups";

export interface PartnerRating {
  rating: number | null;
  tier: Tier;
  ratedOrders: number;
  tierChanged: boolean;
  windowStart: string;
}

export function windowStartOf(
  now: Date,
  policy: Pick<Policy, "ratingWindowMonths">,
): string {
  return businessDateOf(subMonths(now, policy.ratingWindowMonths));
}

/** Writes a partner's rating, tier and count, and the history point that records why. */
export async function saveRating(
  db: Kysely<Database>,
  partnerId: number,
  score: { rating: number | null; tier: Tier; ratedOrders: number },
  context: { now: Date; cause: string },
): Promise<void> {
  const at = context.now.toISOString();
  await db
    .updateTable("partners")
    .set({
      rating: score.rating,
      tier: score.tier,
      rated_orders: score.ratedOrders,
      rating_updated_at: at,
    })
    .where("id", "=", partnerId)
    .execute();
  await db
    .insertInto("partner_rating_history")
    .values({
      partner_id: partnerId,
      recorded_at: at,
      rating: score.rating,
      tier: score.tier,
      rated_orders: score.ratedOrders,
      cause: context.cause,
    })
    .execute();
}

export async function recomputePartnerRating(
  db: Kysely<Database>,
  partnerId: number,
  context: { policy: Policy; now: Date; cause: string },
): Promise<PartnerRating> {
  const windowStart = windowStartOf(context.now, context.policy);
  // Two ratings of the same partner at once must not each write an average missing the other.
  await lockRow(db, "partners", partnerId);
  const { rating, tier, ratedOrders } = partnerRatingOf(
    (await scoreGroupsByPartner(db, windowStart, partnerId)).get(partnerId) ??
      [],
    context.policy,
  );
  const before = await db
    .selectFrom("partners")
    .select("tier")
    .where("id", "=", partnerId)
    .executeTakeFirstOrThrow();
  await saveRating(db, partnerId, { rating, tier, ratedOrders }, context);
  return {
    rating,
    tier,
    ratedOrders,
    tierChanged: before.tier !== tier,
    windowStart,
  };
}
