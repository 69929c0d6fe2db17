// What saving a policy would do, before an admin saves it: every partner recomputed as the save
// would (applyPolicyToRatings), inside a transaction that is then rolled back, so the preview is
// the save's own arithmetic and never a second copy of it. Lists the partners that would change
// tier and counts the open key-account orders whose candidates would shrink, grow or vanish.
import type { Kysely } from "kysely";
import type {
  PolicyPreview,
  TierChangePreview,
} from "../../../shared/contract";
import type { Policy } from "../../../shared/policy";
import { rankCandidates } from "../../../shared/rules/rank-candidates";
import type { RequestContext } from "../context";
import type { Database } from "../db/schema";
import {
  orderForDispatch,
  regionPartnersWorthMentioning,
} from "../dispatch/candidates";
import { applyPolicyToRatings } from "./update-policy";

/** Carries the preview out of the transaction it rolls back. */
class RolledBack extends Error {
  constructor(readonly preview: PolicyPreview) {
    super("policy preview rolled back");
  }
}

/** Per key-account order, its candidates that may take it without an override: the highly rated. */
async function candidateCounts(
  db: Kysely<Database>,
  orderIds: number[],
): Promise<number[]> {
  const counts: number[] = [];
  for (const id of orderIds) {
    const order = await orderForDispatch(db, id);
    const ranking = rankCandidates(
      order,
      await regionPartnersWorthMentioning(db, order),
    );
    counts.push(
      ranking.candidates.filter((c) => c.tier === "highly_rated").length,
    );
  }
  return counts;
}

const partnerTiers = (db: Kysely<Database>) =>
  db.selectFrom("partners").select(["id", "name", "tier", "rating"]).execute();

export async function previewPolicy(
  context: RequestContext,
  policy: Policy,
): Promise<PolicyPreview> {
  const now = context.clock.now();
  try {
    await context.db.transaction().execute(async (trx) => {
      const keyAccountOrders = (
        await trx
          .selectFrom("orders")
          .select("id")
          .where("status", "=", "open")
          .where("key_account", "=", 1)
          .orderBy("id")
          .execute()
      ).map((o) => o.id);
      const candidatesBefore = await candidateCounts(trx, keyAccountOrders);
      const before = new Map(
        (await partnerTiers(trx)).map((p) => [p.id, p.tier]),
      );
      const { partners } = await applyPolicyToRatings(trx, policy, now);
      const tierChanges: TierChangePreview[] = [];
      for (const p of await partnerTiers(trx)) {
        const from = before.get(p.id);
        if (from !== undefined && from !== p.tier)
          tierChanges.push({
            partnerId: p.id,
            name: p.name,
            rating: p.rating,
            from,
            to: p.tier,
          });
      }
      const candidatesAfter = await candidateCounts(trx, keyAccountOrders);
      const compared = candidatesBefore.map((n, i): [number, number] => [
        n,
        candidatesAfter[i] ?? 0,
      ]);
      throw new RolledBack({
        partnersRecomputed: partners,
        tierChanges: tierChanges.sort((a, b) => a.name.localeCompare(b.name)),
        keyAccountOrders: keyAccountOrders.length,
        losingCandidates: compared.filter(([b, a]) => a < b).length,
        gainingCandidates: compared.filter(([b, a]) => a > b).length,
        leftWithoutCandidates: compared.filter(([b, a]) => b > 0 && a === 0)
          .length,
      });
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.preview;
    throw error;
  }
  throw new Error("the policy preview did not roll back");
}
