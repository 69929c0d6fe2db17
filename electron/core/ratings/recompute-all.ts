// Every partner's rating and tier anew, after the policy changed: one aggregate query (exact sums), and an
// update and history point only for the partners whose rating, count or tier moved.
import type { Kysely } from "kysely";
import type { Policy } from "../../../shared/policy";
import { partnerRatingOf } from "../../../shared/rules/tier";
import type { Database } from "../db/schema";
import { saveRating, windowStartOf } from "./recompute-partner";
import { scoreGroupsByPartner } from "./score-groups";

export async function recomputeAllPartners(
  db: Kysely<Database>,
  context: { policy: Policy; now: Date; cause: string },
): Promise<{ partners: number; tierChanges: number }> {
  const windowStart = windowStartOf(context.now, context.policy);
  const byPartner = await scoreGroupsByPartner(db, windowStart);
  const partners = await db
    .selectFrom("partners")
    .select(["id", "rating", "tier", "rated_orders"])
    .execute();
  let tierChanges = 0;
  for (const partner of partners) {
    const { rating, tier, ratedOrders } = partnerRatingOf(
      byPartner.get(partner.id) ?? [],
      context.policy,
    );
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
