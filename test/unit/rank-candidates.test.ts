import { describe, expect, it } from "vitest";
import {
  rankCandidates,
  type PartnerForDispatch,
} from "../../shared/rules/rank-candidates";

const order = {
  keyAccount: false,
  region: "NL-UT" as const,
  capabilities: ["cnc_cutting" as const],
};
let next = 0;
const partner = (
  overrides: Partial<PartnerForDispatch>,
): PartnerForDispatch => ({
  partnerId: ++next,
  name: `Partner ${next}`,
  active: true,
  servesRegion: true,
  missingCapabilities: [],
  capacity: 5,
  activeOrders: 1,
  tier: "compliant",
  rating: 4.2,
  lastAssignedAt: "2026-10-01T00:00:00Z",
  ...overrides,
});
const names = (r: ReturnType<typeof rankCandidates>) =>
  r.candidates.map((c) => c.name);

describe("rankCandidates", () => {
  it("keeps out paused, unable, out-of-region and full partners, saying why", () => {
    const result = rankCandidates(order, [
      partner({ name: "Paused", active: false }),
      partner({ name: "Unable", missingCapabilities: ["cnc_cutting"] }),
      partner({ name: "Far", servesRegion: false }),
      partner({ name: "Full", activeOrders: 5, capacity: 5 }),
      partner({ name: "Fit" }),
    ]);
    expect(names(result)).toEqual(["Fit"]);
    expect(
      Object.fromEntries(result.excluded.map((e) => [e.name, e.rule])),
    ).toEqual({
      Paused: "Paused: takes no new orders.",
      Unable: "Cannot make it: lacks CNC cutting.",
      Far: "Does not serve Utrecht.",
      Full: "At capacity: 5 of 5 active orders.",
    });
  });

  it("puts the higher rating first, new partners after compliant ones and lower ones last for match review", () => {
    const result = rankCandidates(order, [
      partner({ name: "Lower", tier: "lower", rating: 3.9 }),
      partner({ name: "New", tier: "new", rating: null }),
      partner({ name: "Compliant 4.0", tier: "compliant", rating: 4.0 }),
      partner({ name: "Highly 4.5", tier: "highly_rated", rating: 4.5 }),
      partner({ name: "Compliant 4.49", tier: "compliant", rating: 4.49 }),
    ]);
    expect(names(result)).toEqual([
      "Highly 4.5",
      "Compliant 4.49",
      "Compliant 4.0",
      "New",
      "Lower",
    ]);
    expect(result.candidates.map((c) => c.matchReview)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(result.candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(result.candidates[4]?.reasons.join(" ")).toContain(
      "note of how the match was checked",
    );
  });

  it("breaks ties by fewer active orders, then longer since the last assignment, then name", () => {
    const result = rankCandidates(order, [
      partner({ name: "Busy", activeOrders: 3 }),
      partner({ name: "Recent", lastAssignedAt: "2026-11-20T00:00:00Z" }),
      partner({ name: "Bravo", lastAssignedAt: "2026-09-01T00:00:00Z" }),
      partner({ name: "Alpha", lastAssignedAt: "2026-09-01T00:00:00Z" }),
      partner({ name: "Never", lastAssignedAt: null }),
    ]);
    expect(names(result)).toEqual([
      "Never",
      "Alpha",
      "Bravo",
      "Recent",
      "Busy",
    ]);
    expect(result.candidates[2]?.reasons.at(-1)).toContain(
      "Same rating as Alpha",
    );
  });

  it("gives key-account orders to highly rated partners, the rest only as an override", () => {
    const keyAccount = { ...order, keyAccount: true };
    const result = rankCandidates(keyAccount, [
      partner({ name: "Compliant", tier: "compliant", rating: 4.49 }),
      partner({ name: "Highly", tier: "highly_rated", rating: 4.5 }),
    ]);
    expect(names(result)).toEqual(["Highly", "Compliant"]);
    expect(result.candidates.map((c) => c.needsOverride)).toEqual([
      false,
      true,
    ]);
    expect(result.noHighlyRatedAvailable).toBe(false);
    const none = rankCandidates(keyAccount, [partner({ tier: "compliant" })]);
    expect(none.noHighlyRatedAvailable).toBe(true);
    expect(none.candidates[0]?.needsOverride).toBe(true);
  });
});
