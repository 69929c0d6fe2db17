// A rating is shown cut to two decimals, never rounded up across a tier threshold (issue 27: two
// partners both shown as 4.00 were in different tiers, because 3.996 was rounded up).
import { describe, expect, it } from "vitest";
import { displayFormats } from "../../shared/display-formats";

describe("a rating as the console writes it", () => {
  it("is cut, not rounded, to two decimals in both languages", () => {
    expect(displayFormats("en").rating(3.996)).toBe("3.99");
    expect(displayFormats("nl").rating(3.996)).toBe("3,99");
    expect(displayFormats("en").rating(4)).toBe("4.00");
    expect(displayFormats("en").rating(4.5)).toBe("4.50");
    expect(displayFormats("en").rating(4.499999)).toBe("4.49");
  });
});
