// The rating side of cancelling an assignment: a cancellation that counts enters the partner's
// rating as an order score of 1.0 (policy); an excused one does not. Called inside the
// cancellation's transaction by dispatch.
import type { Kysely } from "kysely";
import type { Policy } from "../../../shared/policy";
import { businessDateOf } from "../../../shared/rules/business-time";
import { exactDecimalScore } from "../../../shared/rules/tier";
import type { Database } from "../db/schema";
import {
  recomputePartnerRating,
  type PartnerRating,
} from "./recompute-partner";

export async function scoreCancellation(
  db: Kysely<Database>,
  cancellation: {
    partnerId: number;
    orderId: number;
    assignmentId: number;
    countsTowardRating: boolean;
    at: Date;
  },
  policy: Policy,
): Promise<PartnerRating | null> {
  if (!cancellation.countsTowardRating) return null;
  const exact = exactDecimalScore(policy.cancellationScore);
  await db
    .insertInto("partner_scores")
    .values({
      partner_id: cancellation.partnerId,
      order_id: cancellation.orderId,
      source: "cancellation",
      score: policy.cancellationScore,
      score_points: exact.points,
      score_parts: exact.parts,
      scored_on: businessDateOf(cancellation.at),
      rating_id: null,
      assignment_id: cancellation.assignmentId,
    })
    .execute();
  return recomputePartnerRating(db, cancellation.partnerId, {
    policy,
    now: cancellation.at,
    cause: `order ${cancellation.orderId} assignment cancelled`,
  });
}
