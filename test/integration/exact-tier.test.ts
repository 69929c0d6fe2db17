// The tier a partner gets from the console (scores stored by the database, averaged by the rating
// service) equals the tier computed here, independently, in whole-number arithmetic: for any set
// of order scores, on SQLite and PostgreSQL, with sets built to land exactly on a threshold.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { recomputePartnerRating } from "../../electron/core/ratings/recompute-partner";
import type { Core } from "../../electron/core/start-core";
import { defaultPolicy } from "../../shared/policy";
import type { ExactScore } from "../../shared/rules/tier";
import { addScore, makePartner } from "../fixtures/builders";
import { testCore } from "../fixtures/core";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
beforeAll(async () => {
  ({ core, clock } = await testCore());
});
afterAll(() => core.close());

const stars = fc.integer({ min: 1, max: 5 });
/** A rating's stars over five or six factors, or a counted cancellation's score in hundredths. */
const orderScore: fc.Arbitrary<ExactScore> = fc.oneof(
  fc.array(stars, { minLength: 5, maxLength: 6 }).map((given) => ({
    points: given.reduce((a, b) => a + b, 0),
    parts: given.length,
  })),
  fc.integer({ min: 100, max: 500 }).map((points) => ({ points, parts: 100 })),
);

/** Each score with its mirror image around the threshold (same denominator): their mean is exactly it. */
function mirrored(scores: ExactScore[], threshold: number): ExactScore[] {
  return scores.flatMap((score) => {
    const points = Math.round(2 * threshold * score.parts) - score.points;
    return points >= score.parts && points <= 5 * score.parts
      ? [score, { points, parts: score.parts }]
      : [];
  });
}

/** The mean against a threshold in integers: sign of 300 * (100 * sum - threshold * 100 * n). */
function meanAgainst(scores: ExactScore[], threshold: number): number {
  const sum300 = scores.reduce(
    (sum, s) => sum + (BigInt(s.points) * 300n) / BigInt(s.parts),
    0n,
  );
  const difference =
    sum300 * 100n -
    BigInt(Math.round(threshold * 100)) * 300n * BigInt(scores.length);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

function tierByTheRules(scores: ExactScore[]) {
  if (meanAgainst(scores, defaultPolicy.highlyRatedFrom) >= 0)
    return "highly_rated";
  if (meanAgainst(scores, defaultPolicy.compliantFrom) >= 0) return "compliant";
  return "lower";
}

const scoreSets = fc.oneof(
  fc.array(orderScore, { minLength: 1, maxLength: 30 }),
  fc
    .tuple(
      fc.array(orderScore, { minLength: 1, maxLength: 30 }),
      fc.constantFrom(4.5, 4.0),
    )
    .map(([scores, threshold]) => mirrored(scores, threshold))
    .filter((scores) => scores.length > 0)
    // Shuffled, so that floating-point errors of a score and its mirror do not simply cancel.
    .chain((scores) =>
      fc.shuffledSubarray(scores, {
        minLength: scores.length,
        maxLength: scores.length,
      }),
    ),
);

it("gives the tier exact rational arithmetic gives, for any order scores", async () => {
  let exactlyAtThreshold = 0;
  await fc.assert(
    fc.asyncProperty(scoreSets, async (scores) => {
      const partnerId = await makePartner(core.services.db);
      for (const score of scores)
        await addScore(core.services.db, partnerId, score, "2026-06-01");
      const { tier } = await recomputePartnerRating(
        core.services.db,
        partnerId,
        { policy: defaultPolicy, now: clock.now(), cause: "test" },
      );
      if (
        meanAgainst(scores, defaultPolicy.highlyRatedFrom) === 0 ||
        meanAgainst(scores, defaultPolicy.compliantFrom) === 0
      )
        exactlyAtThreshold++;
      expect(tier).toBe(tierByTheRules(scores));
    }),
    { numRuns: 60 },
  );
  // The generator must really reach the boundaries, or the property says little about them.
  expect(exactlyAtThreshold).toBeGreaterThan(5);
}, 180_000);
