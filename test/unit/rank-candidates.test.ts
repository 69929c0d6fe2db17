import { describe, expect, it } from "vitest";
import { displayFormats } from "../../shared/display-formats";
import { translatorFor } from "../../shared/i18n/create-i18n";
import {
  rankCandidates,
  reasonText,
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
// The names the admins' lists give these codes (migration 0013), in each language.
const listNames = {
  en: {
    cnc_cutting: "CNC cutting",
    solid_oak: "Solid oak",
    "NL-UT": "Utrecht",
  },
  nl: {
    cnc_cutting: "CNC-frezen",
    solid_oak: "Massief eiken",
    "NL-UT": "Utrecht",
  },
} as Record<"en" | "nl", Record<string, string>>;
const namesIn = (language: "en" | "nl") => ({
  capability: (code: string) => listNames[language][code] ?? code,
  region: (code: string) => listNames[language][code] ?? code,
  date: (date: string) => displayFormats(language).date(date),
});
const english = translatorFor("en");
const dutch = translatorFor("nl");

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
      Paused: { key: "reason.paused" },
      Unable: {
        key: "reason.lacksCapabilities",
        values: { capabilities: ["cnc_cutting"] },
      },
      Far: { key: "reason.notInRegion", values: { region: "NL-UT" } },
      Full: {
        key: "reason.atCapacity",
        values: { activeOrders: 5, capacity: 5 },
      },
    });
    expect(
      result.excluded.map((e) => reasonText(english, namesIn("en"), e.rule)),
    ).toEqual([
      "Paused: takes no new orders.",
      "Cannot make it: lacks CNC cutting.",
      "Does not serve Utrecht.",
      "At capacity: 5 of 5 active orders.",
    ]);
  });

  it("says why each candidate is placed, in the reader's language", () => {
    const result = rankCandidates(
      { ...order, capabilities: ["cnc_cutting", "solid_oak"] },
      [
        partner({ name: "Rated", rating: 4.2 }),
        partner({ name: "Never", rating: 4.2, lastAssignedAt: null }),
        partner({ name: "Lower", tier: "lower", rating: 3.5 }),
      ],
    );
    expect(names(result)).toEqual(["Never", "Rated", "Lower"]);
    const [never, rated, lower] = result.candidates.map((c) =>
      c.reasons.map((r) => reasonText(english, namesIn("en"), r)),
    );
    expect(never).toEqual([
      "Compliant, rating 4.20.",
      "Can make it (CNC cutting, Solid oak) and serves Utrecht.",
      "1 of 5 active orders, never assigned.",
    ]);
    expect(rated).toEqual([
      "Compliant, rating 4.20.",
      "Can make it (CNC cutting, Solid oak) and serves Utrecht.",
      "1 of 5 active orders, last assigned 1 Oct 2026.",
      "Same rating as Never: placed by load, time since last assignment and name.",
    ]);
    expect(lower?.[3]).toBe(
      "Lower tier: placed last; assigning needs a note of how the match was checked.",
    );
    expect(
      result.candidates[0]?.reasons
        .slice(0, 2)
        .map((r) => reasonText(dutch, namesIn("nl"), r)),
    ).toEqual([
      "Voldoet, beoordeling 4,20.",
      "Kan het maken (CNC-frezen, Massief eiken) en werkt in Utrecht.",
    ]);
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
    expect(result.candidates[4]?.reasons.map((r) => r.key)).toContain(
      "reason.lowerTier",
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
    expect(result.candidates[2]?.reasons.at(-1)).toEqual({
      key: "reason.sameRating",
      values: { partner: "Alpha" },
    });
  });

  it("says, once per candidate, the rule that placed it below the one above", () => {
    const result = rankCandidates(order, [
      partner({ name: "Top", tier: "highly_rated", rating: 4.8 }),
      partner({ name: "Second", rating: 4.3 }),
      partner({ name: "Busier", rating: 4.3, activeOrders: 2 }),
      partner({
        name: "Later",
        rating: 4.3,
        activeOrders: 2,
        lastAssignedAt: "2026-11-01T00:00:00Z",
      }),
      partner({
        name: "Name",
        rating: 4.3,
        activeOrders: 2,
        lastAssignedAt: "2026-11-01T00:00:00Z",
      }),
      partner({ name: "Fresh", tier: "new", rating: null }),
      partner({ name: "Low", tier: "lower", rating: 3.2 }),
    ]);
    expect(
      result.candidates.map((c) =>
        reasonText(english, namesIn("en"), c.placedBy),
      ),
    ).toEqual([
      "First: the best place the rules give.",
      "Lower rating than no. 1 (4.80).",
      "Same rating as no. 2, more active orders.",
      "Same rating and load as no. 3, assigned more recently.",
      "Same rating, load and last assignment as no. 4: by name.",
      "New partner: placed after compliant partners.",
      "Lower tier: placed last; assigning needs a note of how the match was checked.",
    ]);
  });

  it("shows ratings cut, never rounded across a tier's threshold, and says how near one is", () => {
    const thresholds = { highlyRatedFrom: 4.5, compliantFrom: 4.0 };
    const result = rankCandidates(
      order,
      [
        partner({ name: "Almost", tier: "compliant", rating: 4.496 }),
        partner({ name: "Just", tier: "highly_rated", rating: 4.52 }),
        partner({ name: "Middle", tier: "compliant", rating: 4.25 }),
        partner({ name: "Short", tier: "lower", rating: 3.97 }),
      ],
      thresholds,
    );
    const near = Object.fromEntries(
      result.candidates.map((c) => [c.name, c.nearThreshold]),
    );
    expect(near.Almost).toMatchObject({ tier: "highly_rated", side: "below" });
    expect(near.Almost?.by).toBeCloseTo(0.004);
    expect(near.Just).toMatchObject({ tier: "highly_rated", side: "above" });
    expect(near.Middle).toBeNull();
    expect(near.Short).toMatchObject({ tier: "compliant", side: "below" });
    // The reason under "Almost" quotes it as 4.49, as the rating column does.
    const almost = result.candidates.find((c) => c.name === "Almost");
    expect(
      almost?.reasons
        .slice(0, 1)
        .map((r) => reasonText(english, namesIn("en"), r)),
    ).toEqual(["Compliant, rating 4.49."]);
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
