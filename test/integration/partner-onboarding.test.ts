// Partners kept in the console: onboarded, edited, paused and resumed, each change version-checked
// and audited, on SQLite and PostgreSQL alike.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  CandidatesResult,
  Page,
  PartnerDetail,
  Saved,
  HistoryEntry,
} from "../../shared/contract";
import type { Core } from "../../electron/core/start-core";
import { runScheduledJobs } from "../../electron/core/scheduler/schedule-jobs";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { makeOpenOrder } from "../fixtures/builders";
import { newPartner } from "../fixtures/new-records";
import type { fixedClock } from "../../electron/core/clock";

let core: Core;
let clock: ReturnType<typeof fixedClock>;
let accounts: string;
let dispatcher: string;

beforeEach(async () => {
  ({ core, clock } = await testCore());
  accounts = await signIn(core, "accounts@cutr.example");
  dispatcher = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

const get = async (id: number) =>
  valueOf<PartnerDetail>(await core.call("partners.get", { id }, accounts));

describe("onboarding a partner", () => {
  it("creates it unrated in tier new, with everything it was given, and audits it", async () => {
    const saved = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const partner = await get(saved.id);
    expect(partner).toMatchObject({
      name: "Glasatelier Ørsted & Zn.",
      contactName: "Łucja Kowalska",
      tier: "new",
      rating: null,
      ratedOrders: 0,
      activeOrders: 0,
      active: true,
      pause: null,
      capacity: 4,
      language: "nl",
      version: 1,
      address: { street: "IJsselkade 12", city: "Amsterdam" },
    });
    expect([...partner.capabilities].sort()).toEqual([
      "cnc_cutting",
      "plywood",
    ]);
    expect([...partner.regions].sort()).toEqual(["NL-NH", "NL-UT"]);
    const history = valueOf<Page<HistoryEntry>>(
      await core.call("partners.history", { partnerId: saved.id }, accounts),
    );
    expect(history.rows.map((h) => [h.action, h.actor])).toEqual([
      ["partner.created", "Ruben IJzerman"],
    ]);
  });

  it("makes the new partner a candidate for an open order it can make in its region", async () => {
    const saved = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const orderId = await makeOpenOrder(core.services.db, {
      region: "NL-UT",
      capabilities: ["cnc_cutting"],
    });
    const result = valueOf<CandidatesResult>(
      await core.call("dispatch.candidates", { orderId }, dispatcher),
    );
    const mine = result.candidates.find((c) => c.partnerId === saved.id);
    expect(mine?.tier).toBe("new");
  });

  it("refuses a capability or region not in the admins' lists, and a retired one for new use", async () => {
    const unknown = await core.call(
      "partners.create",
      newPartner({ capabilities: ["glass_bending"] }),
      accounts,
    );
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("glass_bending"),
      },
    });
    const admin = await signIn(core, "admin@cutr.example");
    const region = (
      await core.services.db
        .selectFrom("regions")
        .select(["version"])
        .where("code", "=", "NL-UT")
        .executeTakeFirstOrThrow()
    ).version;
    valueOf(
      await core.call(
        "catalog.retire",
        { list: "region", code: "NL-UT", retired: true, version: region },
        admin,
      ),
    );
    expect(
      await core.call("partners.create", newPartner(), accounts),
    ).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("Utrecht is retired"),
      },
    });
  });
});

describe("editing a partner", () => {
  it("saves the changes, bumps the version and audits only what changed", async () => {
    const { id } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const saved = valueOf<Saved>(
      await core.call(
        "partners.update",
        {
          ...newPartner({ capacity: 9, regions: ["NL-NH", "BE-VAN"] }),
          id,
          version: 1,
        },
        accounts,
      ),
    );
    expect(saved.version).toBe(2);
    const partner = await get(id);
    expect(partner.capacity).toBe(9);
    expect([...partner.regions].sort()).toEqual(["BE-VAN", "NL-NH"]);
    const [latest] = valueOf<Page<HistoryEntry>>(
      await core.call("partners.history", { partnerId: id }, accounts),
    ).rows;
    expect(latest).toMatchObject({
      action: "partner.updated",
      before: { capacity: 4, regions: ["NL-NH", "NL-UT"] },
      after: { capacity: 9, regions: ["NL-NH", "BE-VAN"] },
    });
  });

  it("answers CONFLICT naming who saved meanwhile, and keeps their version", async () => {
    const { id } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const admin = await signIn(core, "admin@cutr.example");
    valueOf(
      await core.call(
        "partners.update",
        { ...newPartner({ capacity: 6 }), id, version: 1 },
        admin,
      ),
    );
    const late = await core.call(
      "partners.update",
      { ...newPartner({ capacity: 2 }), id, version: 1 },
      accounts,
    );
    expect(late).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: expect.stringContaining("Anna de Vries saved"),
      },
    });
    expect((await get(id)).capacity).toBe(6);
  });

  it("refuses a reference another partner has", async () => {
    valueOf(
      await core.call(
        "partners.create",
        newPartner({ externalRef: "SHOP-P-1" }),
        accounts,
      ),
    );
    expect(
      await core.call(
        "partners.create",
        newPartner({ name: "Other", externalRef: "SHOP-P-1" }),
        accounts,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringContaining("SHOP-P-1") },
    });
  });

  it("is for account managers and admins; dispatchers may only pause and resume", async () => {
    expect(
      await core.call("partners.create", newPartner(), dispatcher),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("pausing a partner", () => {
  it("withdraws its open offers, tells it by email, and keeps it out of dispatch until resumed", async () => {
    const { id } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const orderId = await makeOpenOrder(core.services.db, {
      region: "NL-NH",
      capabilities: ["cnc_cutting"],
    });
    valueOf(
      await core.call(
        "dispatch.offer",
        { orderId, partnerIds: [id] },
        dispatcher,
      ),
    );
    const paused = valueOf<Saved>(
      await core.call(
        "partners.pause",
        { id, version: 1, reason: "Workshop closed for the holidays" },
        dispatcher,
      ),
    );
    const offers = await core.services.db
      .selectFrom("offers")
      .select("status")
      .where("partner_id", "=", id)
      .execute();
    expect(offers.map((o) => o.status)).toEqual(["withdrawn"]);
    const email = await core.services.db
      .selectFrom("outbox")
      .select(["subject", "body"])
      .where("kind", "=", "partner_paused")
      .executeTakeFirstOrThrow();
    expect(email.subject).toBe("Cutr heeft je nieuwe orders gepauzeerd");
    expect(email.body).toContain("Workshop closed for the holidays");
    const partner = await get(id);
    expect(partner.active).toBe(false);
    expect(partner.pause).toMatchObject({
      reason: "Workshop closed for the holidays",
      resumesOn: null,
    });
    const result = valueOf<CandidatesResult>(
      await core.call("dispatch.candidates", { orderId }, dispatcher),
    );
    expect(result.candidates.some((c) => c.partnerId === id)).toBe(false);

    valueOf(
      await core.call(
        "partners.resume",
        { id, version: paused.version },
        dispatcher,
      ),
    );
    expect((await get(id)).active).toBe(true);
  });

  it("ends by itself on the day it was set to end, whenever the daily job runs", async () => {
    const { id } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    valueOf(
      await core.call(
        "partners.pause",
        { id, version: 1, reason: "Moving workshop", resumesOn: "2026-11-25" },
        accounts,
      ),
    );
    clock.set("2026-11-24T22:00:00Z"); // 23:00 in Amsterdam, still the 24th
    await runScheduledJobs(core.services, { dailyBackup: false });
    accounts = await signIn(core, "accounts@cutr.example"); // sessions last 12 hours
    expect((await get(id)).active).toBe(false);
    clock.set("2026-11-28T08:00:00Z");
    await runScheduledJobs(core.services, { dailyBackup: false });
    accounts = await signIn(core, "accounts@cutr.example");
    const partner = await get(id);
    expect(partner.active).toBe(true);
    const [latest] = valueOf<Page<HistoryEntry>>(
      await core.call("partners.history", { partnerId: id }, accounts),
    ).rows;
    expect(latest).toMatchObject({
      action: "partner.pauseEnded",
      actor: "System",
    });
  });

  it("refuses an end date that is not after today, and a second pause", async () => {
    const { id } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    expect(
      await core.call(
        "partners.pause",
        { id, version: 1, reason: "Holiday", resumesOn: "2026-11-22" },
        accounts,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    valueOf(
      await core.call(
        "partners.pause",
        { id, version: 1, reason: "Holiday" },
        accounts,
      ),
    );
    expect(
      await core.call(
        "partners.pause",
        { id, version: 2, reason: "Again" },
        accounts,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("paused already"),
      },
    });
  });
});
