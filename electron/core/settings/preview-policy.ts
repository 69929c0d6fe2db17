// What saving a policy would do, before an admin saves it, worked out in memory without writing
// (a preview runs on every pause in typing and must not lock partners others are rating): every
// partner's order scores in the new window, counted cancellations at the new cancellation score,
// the exact rating and tier by partnerRatingOf as the save computes them; then the open key-account
// orders ranked with the new tiers. A test saves after previewing and finds the same changes.
import type { Kysely } from "kysely";
import type {
  PolicyPreview,
  TierChangePreview,
} from "../../../shared/contract";
import type { Policy } from "../../../shared/policy";
import { rankCandidates } from "../../../shared/rules/rank-candidates";
import {
  exactDecimalScore,
  partnerRatingOf,
  type ScoreGroup,
} from "../../../shared/rules/tier";
import type { RequestContext } from "../context";
import type { Database } from "../db/schema";
import {
  orderForDispatch,
  regionPartnersWorthMentioning,
} from "../dispatch/candidates";
import { windowStartOf } from "../ratings/recompute-partner";
import { scoreGroupsByPartner } from "../ratings/score-groups";

type NewRating = ReturnType<typeof partnerRatingOf>;

/** Every partner's rating and tier under the policy, by partner id. */
async function ratingsUnder(
  db: Kysely<Database>,
  policy: Policy,
  now: Date,
): Promise<Map<number, NewRating>> {
  const windowStart = windowStartOf(now, policy);
  const [ratings, cancellations] = await Promise.all([
    scoreGroupsByPartner(db, windowStart, undefined, "rating"),
    scoreGroupsByPartner(db, windowStart, undefined, "cancellation"),
  ]);
  const cancellation = exactDecimalScore(policy.cancellationScore);
  const partners = await db.selectFrom("partners").select("id").execute();
  return new Map(
    partners.map((p) => {
      const counted = (cancellations.get(p.id) ?? []).reduce(
        (n, g) => n + g.count,
        0,
      );
      const groups: ScoreGroup[] = [
        ...(ratings.get(p.id) ?? []),
        ...(counted > 0
          ? [
              {
                parts: cancellation.parts,
                points: cancellation.points * counted,
                count: counted,
              },
            ]
          : []),
      ];
      return [p.id, partnerRatingOf(groups, policy)];
    }),
  );
}

export async function previewPolicy(
  context: RequestContext,
  policy: Policy,
): Promise<PolicyPreview> {
  const { db } = context;
  const after = await ratingsUnder(db, policy, context.clock.now());
  const partners = await db
    .selectFrom("partners")
    .select(["id", "name", "tier"])
    .orderBy("name")
    .execute();
  const tierChanges: TierChangePreview[] = [];
  for (const p of partners) {
    const next = after.get(p.id);
    if (next && next.tier !== p.tier)
      tierChanges.push({
        partnerId: p.id,
        name: p.name,
        rating: next.rating,
        from: p.tier,
        to: next.tier,
      });
  }

  // Per open key-account order: its candidates that may take it without an override (the highly
  // rated), ranked as dispatch ranks them, with the tiers of today and of the new policy.
  const keyAccountOrders = await db
    .selectFrom("orders")
    .select("id")
    .where("status", "=", "open")
    .where("key_account", "=", 1)
    .execute();
  let losing = 0;
  let gaining = 0;
  let leftWithout = 0;
  for (const { id } of keyAccountOrders) {
    const order = await orderForDispatch(db, id);
    const today = await regionPartnersWorthMentioning(db, order);
    const highlyRated = (list: typeof today) =>
      rankCandidates(order, list).candidates.filter(
        (c) => c.tier === "highly_rated",
      ).length;
    const before = highlyRated(today);
    const then = highlyRated(
      today.map((p) => {
        const next = after.get(p.partnerId);
        return next ? { ...p, tier: next.tier, rating: next.rating } : p;
      }),
    );
    if (then < before) losing++;
    if (then > before) gaining++;
    if (before > 0 && then === 0) leftWithout++;
  }
  return {
    partnersRecomputed: partners.length,
    tierChanges,
    keyAccountOrders: keyAccountOrders.length,
    losingCandidates: losing,
    gainingCandidates: gaining,
    leftWithoutCandidates: leftWithout,
  };
}
