// A partner's tier from its rating, decided in exact rational arithmetic (DOMAIN.md, Ratings):
// an average that is exactly 4.0 or 4.5 in decimal arithmetic is at the threshold, however the
// database's or JavaScript's binary floating point would have rounded it.
import Fraction from "fraction.js";
import type { Tier } from "../domain";
import type { Policy } from "../policy";

/** An order score kept exactly: `points / parts` (stars summed over factors given, or a policy decimal). */
export interface ExactScore {
  points: number;
  parts: number;
}

/** Order scores of one denominator summed: how many there are and their points together. */
export interface ScoreGroup {
  parts: number;
  points: number;
  count: number;
}

/** The order score of the factors given: their stars summed over how many were given. */
export function exactOrderScore(
  factors: Record<string, number | null | undefined>,
): ExactScore {
  const given = Object.values(factors).filter(
    (v): v is number => typeof v === "number",
  );
  return { points: given.reduce((sum, v) => sum + v, 0), parts: given.length };
}

/** A decimal policy value (the cancellation score) as an exact score in hundredths. */
export function exactDecimalScore(value: number): ExactScore {
  return { points: Math.round(value * 100), parts: 100 };
}

/** A decimal as the exact fraction its shortest written form says (4.5 is 9/2, not the double). */
export function exactDecimal(value: number): Fraction {
  return new Fraction(String(value));
}

/** The mean of the order scores, exactly; null when there are none. */
export function exactRating(groups: readonly ScoreGroup[]): Fraction | null {
  let sum = new Fraction(0);
  let count = 0;
  for (const group of groups) {
    if (group.count === 0) continue;
    sum = sum.add(new Fraction(group.points, group.parts));
    count += group.count;
  }
  return count === 0 ? null : sum.div(count);
}

/** The tier of a partner rating (unrounded); no rating in the window means a new partner. */
export function tierOf(
  rating: Fraction | number | null,
  policy: Pick<Policy, "highlyRatedFrom" | "compliantFrom">,
): Tier {
  if (rating === null) return "new";
  const exact = typeof rating === "number" ? exactDecimal(rating) : rating;
  if (exact.gte(exactDecimal(policy.highlyRatedFrom))) return "highly_rated";
  if (exact.gte(exactDecimal(policy.compliantFrom))) return "compliant";
  return "lower";
}

/** A partner's rating (for display, unrounded), its exact tier and how many order scores made it. */
export function partnerRatingOf(
  groups: readonly ScoreGroup[],
  policy: Pick<Policy, "highlyRatedFrom" | "compliantFrom">,
): { rating: number | null; tier: Tier; ratedOrders: number } {
  const exact = exactRating(groups);
  return {
    rating: exact === null ? null : exact.valueOf(),
    tier: tierOf(exact, policy),
    ratedOrders: groups.reduce((n, g) => n + g.count, 0),
  };
}
