import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type {
  Page,
  PartnerRow,
  PolicyPreview,
  PolicyUpdateResult,
  RatedOrderRow,
} from "../../shared/contract";
import { recomputePartnerRating } from "../../electron/core/ratings/recompute-partner";
import type { Capability, Region } from "../../shared/domain";
import { defaultPolicy, type Policy } from "../../shared/policy";
import { tierOf } from "../../shared/rules/tier";
import { addScore, makeOpenOrder, makePartner } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let admin: string;
beforeEach(async () => {
  ({ core, clock } = await testCore());
  admin = await signIn(core, "admin@cutr.example");
});
afterEach(() => core.close());

const partners = async () =>
  core.services.db
    .selectFrom("partners")
    .select(["id", "rating", "tier"])
    .execute();

describe("settings.updatePolicy", () => {
  it("saves the policy, recomputes every partner and says how many changed tier", async () => {
    const before = await partners();
    const policy: Policy = {
      ...defaultPolicy,
      highlyRatedFrom: 4.3,
      compliantFrom: 3.8,
    };
    const expectedChanges = before.filter(
      (p) => tierOf(p.rating, policy) !== p.tier,
    ).length;
    expect(expectedChanges).toBeGreaterThan(0);

    const result = valueOf<PolicyUpdateResult>(
      await core.call("settings.updatePolicy", { policy }, admin),
    );
    expect(result).toMatchObject({
      partnersRecomputed: before.length,
      tierChanges: expectedChanges,
    });
    for (const p of await partners())
      expect(p.tier).toBe(tierOf(p.rating, policy));
    expect(
      valueOf<Policy>(await core.call("settings.policy", {}, admin)),
    ).toEqual(policy);
    const audit = await core.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "policy.updated")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("previews what a save would do, changing nothing, and the save then does exactly that", async () => {
    const policy: Policy = {
      ...defaultPolicy,
      highlyRatedFrom: 4.3,
      compliantFrom: 3.8,
    };
    // A compliant partner (4.35) that the new thresholds make highly rated, and a key-account
    // order in its region: the order gains a candidate.
    const db = core.services.db;
    const fit = {
      capabilities: ["cnc_cutting", "plywood"] as Capability[],
      regions: ["NL-ZE"] as Region[],
    };
    const partnerId = await makePartner(db, { capacity: 10 }, fit);
    await addScore(db, partnerId, 4.35, "2026-10-01");
    await recomputePartnerRating(db, partnerId, {
      policy: defaultPolicy,
      now: clock.now(),
      cause: "test",
    });
    await makeOpenOrder(db, { region: "NL-ZE", keyAccount: true });
    const before = await partners();
    const historyBefore = await core.services.db
      .selectFrom("partner_rating_history")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const preview = valueOf<PolicyPreview>(
      await core.call("settings.previewPolicy", { policy }, admin),
    );
    // Nothing written: tiers, history and the policy in force are as they were.
    expect(await partners()).toEqual(before);
    expect(
      await core.services.db
        .selectFrom("partner_rating_history")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ).toEqual(historyBefore);
    expect(
      valueOf<Policy>(await core.call("settings.policy", {}, admin)),
    ).toEqual(defaultPolicy);

    expect(preview.tierChanges).toContainEqual(
      expect.objectContaining({
        partnerId,
        rating: 4.35,
        from: "compliant",
        to: "highly_rated",
      }),
    );
    expect(preview.keyAccountOrders).toBeGreaterThan(0);
    // Lower thresholds only let partners up: key-account orders can only gain candidates.
    expect(preview.losingCandidates).toBe(0);
    expect(preview.gainingCandidates).toBeGreaterThan(0);
    const result = valueOf<PolicyUpdateResult>(
      await core.call("settings.updatePolicy", { policy }, admin),
    );
    expect(result.tierChanges).toBe(preview.tierChanges.length);
    const after = new Map((await partners()).map((p) => [p.id, p]));
    for (const change of preview.tierChanges) {
      expect(after.get(change.partnerId)).toMatchObject({
        tier: change.to,
        rating: change.rating,
      });
      expect(before.find((p) => p.id === change.partnerId)?.tier).toBe(
        change.from,
      );
    }
    const dispatcher = await signIn(core, "dispatcher@cutr.example");
    expect(
      await core.call("settings.previewPolicy", { policy }, dispatcher),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("refuses thresholds in the wrong order, bands out of order and non-admins, changing nothing", async () => {
    const before = await partners();
    const bad = [
      { ...defaultPolicy, compliantFrom: 4.6 },
      { ...defaultPolicy, deliveryLateDays: [0, 5, 2, 10] },
      { ...defaultPolicy, ratingWindowMonths: 0 },
      // Compared exactly, so kept in hundredths.
      { ...defaultPolicy, highlyRatedFrom: 4.333 },
      { ...defaultPolicy, cancellationScore: 1.005 },
    ];
    for (const policy of bad) {
      expect(
        await core.call("settings.updatePolicy", { policy }, admin),
      ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    }
    const manager = await signIn(core, "accounts@cutr.example");
    expect(
      await core.call(
        "settings.updatePolicy",
        { policy: defaultPolicy },
        manager,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await partners()).toEqual(before);
  });
});

describe("partners for account managers", () => {
  it("lists only partners within 0.1 of a tier boundary", async () => {
    const near = valueOf<Page<PartnerRow>>(
      await core.call(
        "partners.list",
        { filter: { nearBoundary: true }, limit: 100 },
        admin,
      ),
    );
    for (const p of near.rows) {
      expect(p.rating).not.toBeNull();
      expect(
        Math.min(Math.abs(p.rating! - 4), Math.abs(p.rating! - 4.5)),
      ).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });

  it("counts partners per tier and lists a partner's rated orders with factors", async () => {
    const tiers = valueOf<{ tier: string; count: number }[]>(
      await core.call("partners.tiers", {}, admin),
    );
    expect(tiers.map((t) => t.tier)).toEqual([
      "highly_rated",
      "compliant",
      "new",
      "lower",
    ]);
    const all = await partners();
    const top = valueOf<Page<PartnerRow>>(
      await core.call(
        "partners.list",
        { sort: { column: "ratedOrders", direction: "desc" }, limit: 1 },
        admin,
      ),
    ).rows[0]!;
    expect(tiers.reduce((n, t) => n + t.count, 0)).toBeLessThanOrEqual(
      all.length,
    );
    const rated = valueOf<Page<RatedOrderRow>>(
      await core.call(
        "partners.ratedOrders",
        { partnerId: top.id, limit: 500 },
        admin,
      ),
    );
    expect(rated.total).toBeGreaterThanOrEqual(top.ratedOrders);
    expect(
      rated.rows
        .filter((r) => r.source === "rating")
        .every((r) => r.factors !== null),
    ).toBe(true);
  });
});

describe("closing days", () => {
  it("lets admins add and remove closing days that the working-day count then skips", async () => {
    const before = await core.call(
      "calendar.addWorkingDays",
      { date: "2026-12-18", days: 1 },
      admin,
    );
    expect(before).toEqual({ ok: true, value: { date: "2026-12-21" } });
    await core.call(
      "calendar.addClosingDay",
      { date: "2026-12-21", name: "Stocktaking" },
      admin,
    );
    expect(
      await core.call(
        "calendar.addWorkingDays",
        { date: "2026-12-18", days: 1 },
        admin,
      ),
    ).toEqual({ ok: true, value: { date: "2026-12-22" } });
    expect(
      await core.call(
        "calendar.addClosingDay",
        { date: "2026-12-21", name: "Again" },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(
      await core.call(
        "calendar.addClosingDay",
        { date: "2026-02-30", name: "Never" },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    const dispatcher = await signIn(core, "dispatcher@cutr.example");
    expect(
      await core.call(
        "calendar.removeClosingDay",
        { date: "2026-12-21" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(
      await core.call(
        "calendar.removeClosingDay",
        { date: "2026-12-21" },
        admin,
      ),
    ).toEqual({ ok: true, value: [] });
  });
});
