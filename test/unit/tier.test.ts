import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../../shared/policy";
import { tierOf } from "../../shared/rules/tier";

describe("tierOf", () => {
  it.each([
    [null, "new"],
    [5, "highly_rated"],
    [4.5, "highly_rated"],
    [4.4999999, "compliant"],
    [4.0, "compliant"],
    [3.9999999, "lower"],
    [1, "lower"],
  ] as const)("rating %s is %s", (rating, tier) => {
    expect(tierOf(rating, defaultPolicy)).toBe(tier);
  });
});
