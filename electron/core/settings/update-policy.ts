// An admin changes the policy: saved, audited and every partner's rating and tier recomputed,
// in one transaction, so no screen ever shows tiers from the old policy next to the new one.
import type { Kysely } from "kysely";
import type { PolicyUpdateResult } from "../../../shared/contract";
import type { Policy } from "../../../shared/policy";
import { exactDecimalScore } from "../../../shared/rules/tier";
import { writeAudit } from "../audit/write-audit";
import type { Database } from "../db/schema";
import { signedInUser, type RequestContext } from "../context";
import { recomputeAllPartners } from "../ratings/recompute-all";
import { loadPolicy } from "./policy";
import { saveSetting } from "./save-setting";

/** Every partner's rating and tier under a new policy, its cancellation score applied to them all. */
export async function applyPolicyToRatings(
  trx: Kysely<Database>,
  policy: Policy,
  now: Date,
): Promise<{ partners: number; tierChanges: number }> {
  // Counted cancellations carry the cancellation score: a new score applies to them all.
  const cancellation = exactDecimalScore(policy.cancellationScore);
  await trx
    .updateTable("partner_scores")
    .set({
      score: policy.cancellationScore,
      score_points: cancellation.points,
      score_parts: cancellation.parts,
    })
    .where("source", "=", "cancellation")
    .execute();
  return recomputeAllPartners(trx, { policy, now, cause: "policy changed" });
}

export async function updatePolicy(
  context: RequestContext,
  policy: Policy,
): Promise<PolicyUpdateResult> {
  const { db, clock } = context;
  const user = signedInUser(context);
  const now = clock.now();
  const result = await db.transaction().execute(async (trx) => {
    const before = await loadPolicy(trx);
    for (const [key, value] of Object.entries(policy)) {
      await saveSetting(trx, `policy.${key}`, value, {
        userId: user.id,
        at: now,
      });
    }
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "policy.updated",
      entity: "settings",
      entityId: null,
      orderId: null,
      before,
      after: policy,
    });
    const { partners, tierChanges } = await applyPolicyToRatings(
      trx,
      policy,
      now,
    );
    return { policy, partnersRecomputed: partners, tierChanges };
  });
  context.settingsCache.forget();
  return result;
}
