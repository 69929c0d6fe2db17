// Every partner's rating and tier anew, after the policy changed: one aggregate query, and an
// update and history point only for the partners whose rating, count or tier moved.
import type { Kysely } from "kysely";
import type { Policy } from "../../../shared/policy";
import { tierOf } from "../../../shared/rules/tier";
import type { Database } from "../db/schema";
import { saveRating, windowStartOf } from "./recompute-partner";

export async function recomputeAllPartners(
  db: Kysely<Database>,
  context: { policy: Policy; now: Date; cause: string },
): Promise<{ partners: number; tierChanges: number }> {
  const windowStart = windowStartOf(context.now, context.policy);
  const aggregates = await db
    .selectFrom("partner_scores")
    .select((eb) => [
      "partner_id",
      eb.fn.avg<number>("score").as("rating"),
      eb.fn.countAll<number>().as("count"),
    ])
    .where("scored_on", ">=", windowStart)
    .groupBy("partner_id")
    .execute();
  const byPartner = new Map(aggregates.map((a) => [a.partner_id, a]));
  const partners = await db
    .selectFrom("partners")
    .select(["id", "rating", "tier", "rated_orders"])
    .execute();
  let tierChanges = 0;
  for (const partner of partners) {
    const aggregate = byPartner.get(partner.id);
    const ratedOrders = Number(aggregate?.count ?? 0);
    const rating = aggregate ? Number(aggregate.rating) : null;
    const tier = tierOf(rating, context.policy);
    if (tier !== partner.tier) tierChanges++;
    if (
      tier === partner.tier &&
      rating === partner.rating &&
      ratedOrders === partner.rated_orders
    )
      continue;
    await saveRating(db, partner.id, { rating, tier, ratedOrders }, context);
  }
  return { partners: partners.length, tierChanges };
}
