import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../../shared/policy";
import {
  budgetStars,
  deliveryTimeStars,
  involvementStars,
  orderScore,
  qualityStars,
} from "../../shared/rules/suggested-stars";

describe("suggested stars (DOMAIN.md bands)", () => {
  it.each([
    [-3, 5],
    [0, 5],
    [1, 4],
    [2, 4],
    [3, 3],
    [5, 3],
    [6, 2],
    [10, 2],
    [11, 1],
    [40, 1],
  ])("delivered %i days late suggests %i stars", (days, stars) => {
    expect(deliveryTimeStars(days, defaultPolicy)).toBe(stars);
  });

  it.each([
    [90_000, 5],
    [100_000, 5],
    [101_000, 4],
    [102_000, 4],
    [102_001, 3],
    [105_000, 3],
    [105_001, 2],
    [110_000, 2],
    [110_001, 1],
  ])(
    "final %i cents against 100,000 agreed suggests %i stars",
    (final, stars) => {
      expect(budgetStars(100_000, final, defaultPolicy)).toBe(stars);
    },
  );

  it.each([
    [0, 5],
    [1, 4],
    [2, 3],
    [4, 1],
    [6, 1],
  ])("%i to-dos done late suggests %i stars", (late, stars) => {
    expect(involvementStars(late)).toBe(stars);
  });

  it.each([
    [0, false, 5],
    [1, false, 4],
    [2, false, 3],
    [3, false, 2],
    [7, false, 2],
    [0, true, 2],
    [3, true, 2],
  ])(
    "%i rejections, complaint %s suggests %i stars",
    (rejections, complaint, stars) => {
      expect(qualityStars(rejections, complaint, defaultPolicy)).toBe(stars);
    },
  );

  it("scores an order as the mean of the factors given", () => {
    expect(
      orderScore({
        quality: 5,
        communication: 4,
        involvement: 4,
        deliveryTime: 3,
        budget: 4,
        customerSatisfaction: null,
      }),
    ).toBe(4);
    expect(
      orderScore({
        quality: 5,
        communication: 5,
        involvement: 5,
        deliveryTime: 5,
        budget: 4,
        customerSatisfaction: 3,
      }),
    ).toBeCloseTo(27 / 6);
  });
});
