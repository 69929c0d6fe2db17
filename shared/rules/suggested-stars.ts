// The suggested stars of DOMAIN.md, "Ratings": pure rules on the evidence. The account manager decides.
import type { Policy } from "../policy";
import { exactOrderScore } from "./tier";

/** 5 stars up to the first limit, 4 up to the second, and so on; past the last, 1. */
function starsWithin(value: number, limits: readonly number[]): number {
  const index = limits.findIndex((limit) => value <= limit);
  return index === -1 ? 1 : 5 - index;
}

export function deliveryTimeStars(
  daysLate: number,
  policy: Pick<Policy, "deliveryLateDays">,
): number {
  return starsWithin(daysLate, policy.deliveryLateDays);
}

export function budgetStars(
  agreedCents: number,
  finalCents: number,
  policy: Pick<Policy, "budgetOverPercent">,
): number {
  if (agreedCents <= 0) return finalCents <= agreedCents ? 5 : 1;
  const overPercent = ((finalCents - agreedCents) / agreedCents) * 100;
  return starsWithin(overPercent, policy.budgetOverPercent);
}

/** Stars for the share of Cutr's messages the partner answered late (none answered: no stars). */
export function communicationStars(
  answered: number,
  answeredLate: number,
  policy: Pick<Policy, "communicationLatePercent">,
): number | null {
  if (answered === 0) return null;
  return starsWithin(
    (answeredLate / answered) * 100,
    policy.communicationLatePercent,
  );
}

export function involvementStars(todosDoneLate: number): number {
  return Math.max(1, 5 - todosDoneLate);
}

export function qualityStars(
  rejectionsAtFirstReview: number,
  qualityComplaint: boolean,
  policy: Pick<Policy, "qualityRejections" | "qualityComplaintCap">,
): number {
  // 5, 4 or 3 stars within the bands; past the last, 2 (never 1: a photo was approved in the end).
  const index = policy.qualityRejections.findIndex(
    (limit) => rejectionsAtFirstReview <= limit,
  );
  const stars = index === -1 ? 2 : 5 - index;
  return qualityComplaint ? Math.min(stars, policy.qualityComplaintCap) : stars;
}

/** The order score: the mean of the factors given (customer satisfaction may be missing). */
export function orderScore(
  factors: Record<string, number | null | undefined>,
): number {
  const exact = exactOrderScore(factors);
  return exact.points / exact.parts;
}
