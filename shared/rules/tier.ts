import type { Tier } from "../domain";
import type { Policy } from "../policy";

/** The tier of a partner rating (unrounded); no rating in the window means a new partner. */
export function tierOf(
  rating: number | null,
  policy: Pick<Policy, "highlyRatedFrom" | "compliantFrom">,
): Tier {
  if (rating === null) return "new";
  if (rating >= policy.highlyRatedFrom) return "highly_rated";
  if (rating >= policy.compliantFrom) return "compliant";
  return "lower";
}
