import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../electron/core/clock";
import { startCore, type Core } from "../../electron/core/start-core";
import type {
  AssignmentResult,
  CandidatesResult,
  OfferRow,
  OverdueTodo,
} from "../../shared/contract";
import { makeOpenOrder, makePartner } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let dispatcher: string;
const db = () => core.services.db;
const fit = {
  capabilities: ["cnc_cutting", "plywood"] as const,
  regions: ["NL-UT"] as const,
};

beforeEach(async () => {
  ({ core, clock } = await testCore());
  dispatcher = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

async function scenario(
  options: { keyAccount?: boolean; requiresInstallation?: boolean } = {},
) {
  const top = await makePartner(
    db(),
    { name: "Aaa Top", tier: "highly_rated", rating: 4.8 },
    { capabilities: [...fit.capabilities], regions: [...fit.regions] },
  );
  const lower = await makePartner(
    db(),
    { name: "Aaa Lower", tier: "lower", rating: 3.5 },
    { capabilities: [...fit.capabilities], regions: [...fit.regions] },
  );
  const compliant = await makePartner(
    db(),
    { name: "Aaa Compliant", tier: "compliant", rating: 4.2 },
    { capabilities: [...fit.capabilities], regions: [...fit.regions] },
  );
  const paused = await makePartner(
    db(),
    { name: "Aaa Paused", tier: "highly_rated", rating: 4.9, active: 0 },
    { capabilities: [...fit.capabilities], regions: [...fit.regions] },
  );
  // A region no demo partner serves, so the candidates are exactly these.
  const orderId = await makeOpenOrder(db(), {
    region: "NL-ZE",
    keyAccount: options.keyAccount ?? false,
    requiresInstallation: options.requiresInstallation ?? false,
  });
  for (const id of [top, lower, compliant, paused])
    await db()
      .insertInto("partner_regions")
      .values({ partner_id: id, region: "NL-ZE" })
      .execute();
  await db()
    .deleteFrom("partner_regions")
    .where("region", "=", "NL-ZE")
    .where("partner_id", "not in", [top, lower, compliant, paused])
    .execute();
  return { top, lower, compliant, paused, orderId };
}

const candidates = async (orderId: number) =>
  valueOf<CandidatesResult>(
    await core.call("dispatch.candidates", { orderId }, dispatcher),
  );
const rowCount = async () =>
  Promise.all(
    (
      [
        "assignments",
        "todos",
        "tasks",
        "outbox",
        "audit_log",
        "offers",
      ] as const
    ).map(async (t) =>
      Number(
        (
          await db()
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );

describe("dispatch.candidates and dispatch.assign", () => {
  it("names at most 50 partners kept out: the region's own first, then partners elsewhere that could make it", async () => {
    const s = await scenario();
    const full = await makePartner(
      db(),
      {
        name: "Aaa Full",
        tier: "compliant",
        rating: 4.1,
        capacity: 1,
        active_orders: 1,
      },
      { capabilities: [...fit.capabilities], regions: ["NL-ZE"] },
    );
    for (let i = 0; i < 50; i++)
      await makePartner(
        db(),
        {},
        { capabilities: [...fit.capabilities], regions: [...fit.regions] },
      );
    const { excluded } = await candidates(s.orderId);
    expect(excluded).toHaveLength(50);
    // The newest partners, yet first: they serve the order's region.
    expect(excluded.slice(0, 2).map((e) => [e.partnerId, e.rule.key])).toEqual([
      [s.paused, "reason.paused"],
      [full, "reason.atCapacity"],
    ]);
    // Then, by id, the partners elsewhere with every capability the order needs.
    const capableElsewhere = await db()
      .selectFrom("partner_capabilities")
      .select("partner_id")
      .where("capability", "in", [...fit.capabilities])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("partner_regions")
              .select("partner_id")
              .whereRef(
                "partner_regions.partner_id",
                "=",
                "partner_capabilities.partner_id",
              )
              .where("region", "=", "NL-ZE"),
          ),
        ),
      )
      .groupBy("partner_id")
      .having((eb) => eb.fn.countAll(), "=", fit.capabilities.length)
      .orderBy("partner_id")
      .execute();
    expect(excluded.slice(2).map((e) => e.partnerId)).toEqual(
      capableElsewhere.slice(0, 48).map((r) => r.partner_id),
    );
  });

  it("ranks the candidates, keeps the paused partner out, and assigns the top one with all its effects", async () => {
    const s = await scenario({ requiresInstallation: true });
    const ranking = await candidates(s.orderId);
    expect(ranking.candidates.map((c) => c.partnerId)).toEqual([
      s.top,
      s.compliant,
      s.lower,
    ]);
    expect(
      ranking.excluded.find((e) => e.partnerId === s.paused)?.rule,
    ).toEqual({ key: "reason.paused" });

    const result = valueOf<AssignmentResult>(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: s.top,
          orderVersion: ranking.order.version,
        },
        dispatcher,
      ),
    );
    expect(result.orderVersion).toBe(ranking.order.version + 1);
    const order = await db()
      .selectFrom("orders")
      .selectAll()
      .where("id", "=", s.orderId)
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      status: "assigned",
      partner_id: s.top,
      partner_name: "Aaa Top",
    });
    const todos = await db()
      .selectFrom("todos")
      .selectAll()
      .where("order_id", "=", s.orderId)
      .execute();
    expect(todos.map((t) => t.kind).sort()).toEqual([
      "delivery_schedule",
      "invoice_reference",
      "material_arrival",
      "planned_completion",
    ]);
    expect(new Set(todos.map((t) => t.due_date))).toEqual(
      new Set(["2026-11-25"]),
    );
    const tasks = await db()
      .selectFrom("tasks")
      .select("kind")
      .where("order_id", "=", s.orderId)
      .execute();
    expect(tasks.map((t) => t.kind).sort()).toEqual([
      "check_in_meeting",
      "kick_off_call",
    ]);
    const mail = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("order_id", "=", s.orderId)
      .where("kind", "=", "assignment")
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe(`Order ${order.number} is assigned to you`);
    expect(mail.body).toContain("dispatch@mail.cutr.ai");
    const partner = await db()
      .selectFrom("partners")
      .select(["active_orders", "last_assigned_at"])
      .where("id", "=", s.top)
      .executeTakeFirstOrThrow();
    expect(partner).toEqual({
      active_orders: 1,
      last_assigned_at: clock.now().toISOString(),
    });
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("order_id", "=", s.orderId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["order.assigned"]);
  });

  it("refuses a stale version, a second assignment, a non-candidate and a paused partner, writing nothing", async () => {
    const s = await scenario();
    const { order } = await candidates(s.orderId);
    const before = await rowCount();
    expect(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: s.top,
          orderVersion: order.version + 5,
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: s.paused,
          orderVersion: order.version,
        },
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("Paused") },
    });
    const stranger = await makePartner(
      db(),
      { name: "Elsewhere" },
      { capabilities: ["upholstery"], regions: ["NL-GR"] },
    );
    expect(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: stranger,
          orderVersion: order.version,
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    expect(
      await core.call(
        "dispatch.assign",
        { orderId: s.orderId, partnerId: s.lower, orderVersion: order.version },
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("match was checked"),
      },
    });
    expect(await rowCount()).toEqual(before);

    valueOf(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: s.lower,
          orderVersion: order.version,
          matchNote: "Called them: they did this work for us in 2025.",
        },
        dispatcher,
      ),
    );
    const second = await core.call(
      "dispatch.assign",
      { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
      dispatcher,
    );
    expect(second).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        details: { status: "assigned", partnerName: "Aaa Lower" },
      },
    });
  });

  it("needs a written override reason to give a key-account order to a partner below highly rated", async () => {
    const s = await scenario({ keyAccount: true });
    const ranking = await candidates(s.orderId);
    expect(ranking.keyAccount).toBe(true);
    expect(ranking.candidates[0]?.partnerId).toBe(s.top);
    expect(
      ranking.candidates.find((c) => c.partnerId === s.compliant)
        ?.needsOverride,
    ).toBe(true);
    expect(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: s.compliant,
          orderVersion: ranking.order.version,
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    valueOf(
      await core.call(
        "dispatch.assign",
        {
          orderId: s.orderId,
          partnerId: s.compliant,
          orderVersion: ranking.order.version,
          overrideReason: "Top partner is on holiday; customer agreed.",
        },
        dispatcher,
      ),
    );
    const audit = await db()
      .selectFrom("audit_log")
      .select(["after", "reason"])
      .where("order_id", "=", s.orderId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ override: true });
    expect(audit.reason).toBe("Top partner is on holiday; customer agreed.");
  });

  it("lets only dispatchers and admins assign", async () => {
    const s = await scenario();
    const { order } = await candidates(s.orderId);
    for (const email of ["quality@cutr.example", "accounts@cutr.example"]) {
      const session = await signIn(core, email);
      expect(
        await core.call(
          "dispatch.assign",
          { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
          session,
        ),
      ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
  });
});

describe("offers", () => {
  it("turns the first acceptance into the assignment and withdraws the other offers", async () => {
    const s = await scenario();
    const offers = valueOf<OfferRow[]>(
      await core.call(
        "dispatch.offer",
        { orderId: s.orderId, partnerIds: [s.top, s.compliant] },
        dispatcher,
      ),
    );
    expect(offers.map((o) => o.status)).toEqual(["open", "open"]);
    const [first, second] = offers as [OfferRow, OfferRow];
    const accepted = valueOf<{ assignment: AssignmentResult }>(
      await core.call(
        "dispatch.respond",
        { offerId: second.id, accepted: true },
        dispatcher,
      ),
    );
    expect(accepted.assignment.partnerId).toBe(s.compliant);
    const late = await core.call(
      "dispatch.respond",
      { offerId: first.id, accepted: true },
      dispatcher,
    );
    expect(late).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: expect.stringContaining("another partner accepted first"),
      },
    });
    const after = await db()
      .selectFrom("offers")
      .select(["partner_id", "status"])
      .where("order_id", "=", s.orderId)
      .orderBy("id")
      .execute();
    expect(after).toEqual([
      { partner_id: s.top, status: "withdrawn" },
      { partner_id: s.compliant, status: "accepted" },
    ]);
  });

  it("records a refusal and leaves the order open", async () => {
    const s = await scenario();
    const [offer] = valueOf<OfferRow[]>(
      await core.call(
        "dispatch.offer",
        { orderId: s.orderId, partnerIds: [s.top] },
        dispatcher,
      ),
    );
    valueOf(
      await core.call(
        "dispatch.respond",
        { offerId: offer!.id, accepted: false },
        dispatcher,
      ),
    );
    const order = await db()
      .selectFrom("orders")
      .select("status")
      .where("id", "=", s.orderId)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe("open");
  });
});

describe("dispatch.cancelAssignment", () => {
  it("returns the order to open, tells the partner and counts a 1.0 toward the rating", async () => {
    const s = await scenario();
    const { order } = await candidates(s.orderId);
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
        dispatcher,
      ),
    );
    valueOf(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId: s.orderId,
          orderVersion: order.version + 1,
          reason: "Partner has no capacity after all",
        },
        dispatcher,
      ),
    );
    const after = await db()
      .selectFrom("orders")
      .select(["status", "partner_id"])
      .where("id", "=", s.orderId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: "open", partner_id: null });
    const partner = await db()
      .selectFrom("partners")
      .select(["rating", "tier", "active_orders"])
      .where("id", "=", s.top)
      .executeTakeFirstOrThrow();
    expect(partner).toEqual({ rating: 1, tier: "lower", active_orders: 0 });
    const mails = await db()
      .selectFrom("outbox")
      .select("subject")
      .where("order_id", "=", s.orderId)
      .execute();
    expect(mails.map((m) => m.subject).at(-1)).toContain("no longer assigned");
    // The order is back in the queue with a new partner possible.
    expect((await candidates(s.orderId)).candidates.length).toBeGreaterThan(0);
  });

  it("leaves an excused cancellation out of the rating and refuses an order without an assignment", async () => {
    const s = await scenario();
    const { order } = await candidates(s.orderId);
    expect(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId: s.orderId,
          orderVersion: order.version,
          reason: "x",
          countsTowardRating: false,
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
        dispatcher,
      ),
    );
    valueOf(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId: s.orderId,
          orderVersion: order.version + 1,
          reason: "Machine broke down",
          countsTowardRating: false,
        },
        dispatcher,
      ),
    );
    const partner = await db()
      .selectFrom("partners")
      .select(["rating", "tier"])
      .where("id", "=", s.top)
      .executeTakeFirstOrThrow();
    expect(partner).toEqual({ rating: 4.8, tier: "highly_rated" });
  });
});

describe("what the review found", () => {
  it("refuses a stale cancellation, cancels the open tasks and emails the customer the kick-off proposal", async () => {
    const s = await scenario({ requiresInstallation: true });
    const { order } = await candidates(s.orderId);
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
        dispatcher,
      ),
    );
    const mails = await db()
      .selectFrom("outbox")
      .select(["kind", "recipient"])
      .where("order_id", "=", s.orderId)
      .execute();
    expect(mails.map((m) => m.kind).sort()).toEqual([
      "assignment",
      "kick_off_proposal",
      "kick_off_proposal",
    ]);
    // The proposal goes to the customer and to the partner.
    const proposals = mails.filter((m) => m.kind === "kick_off_proposal");
    expect(proposals.map((m) => m.recipient)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("customers.cutr.example"),
        expect.stringContaining("@partners.example"),
      ]),
    );
    expect(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId: s.orderId,
          orderVersion: order.version,
          reason: "stale screen",
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    valueOf(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId: s.orderId,
          orderVersion: order.version + 1,
          reason: "Customer postponed",
        },
        dispatcher,
      ),
    );
    const tasks = await db()
      .selectFrom("tasks")
      .select("status")
      .where("order_id", "=", s.orderId)
      .execute();
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(["cancelled"]));
  });

  it("refuses offers to lower-tier partners and closes the assignee's own offer on a direct assignment", async () => {
    const s = await scenario();
    expect(
      await core.call(
        "dispatch.offer",
        { orderId: s.orderId, partnerIds: [s.lower] },
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("match was checked"),
      },
    });
    valueOf(
      await core.call(
        "dispatch.offer",
        { orderId: s.orderId, partnerIds: [s.top, s.compliant] },
        dispatcher,
      ),
    );
    const { order } = await candidates(s.orderId);
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
        dispatcher,
      ),
    );
    const offers = await db()
      .selectFrom("offers")
      .select(["partner_id", "status"])
      .where("order_id", "=", s.orderId)
      .orderBy("id")
      .execute();
    expect(offers).toEqual([
      { partner_id: s.top, status: "accepted" },
      { partner_id: s.compliant, status: "withdrawn" },
    ]);
  });
});

describe("overdue to-dos", () => {
  it("lists the assigned orders whose to-dos are past due, once the clock has moved past the due date", async () => {
    const s = await scenario();
    const { order } = await candidates(s.orderId);
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: s.orderId, partnerId: s.top, orderVersion: order.version },
        dispatcher,
      ),
    );
    const mine = async () => {
      dispatcher = await signIn(core, "dispatcher@cutr.example"); // sessions last 12 hours
      const all = valueOf<OverdueTodo[]>(
        await core.call("todos.overdue", {}, dispatcher),
      );
      return all.filter((t) => t.orderId === s.orderId);
    };
    expect(await mine()).toHaveLength(0);
    clock.advance(3 * 86_400_000);
    expect(await mine()).toHaveLength(0);
    clock.advance(86_400_000);
    const overdue = await mine();
    expect(overdue).toHaveLength(4);
    expect(overdue[0]).toMatchObject({
      partnerId: s.top,
      dueDate: "2026-11-25",
      daysOverdue: 1,
    });
  });
});

describe("two connections on one database file", () => {
  it("never lets both assign the same order", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cutr-race-"));
    const file = join(folder, "cutr.sqlite");
    const options = {
      databaseFile: file,
      clock: fixedClock("2026-11-22T09:00:00Z"),
      demo: true,
      demoSize: { partners: 30, customers: 10, orders: 300 },
      log: { error: () => undefined, info: () => undefined },
    };
    const a = await startCore(options);
    const b = await startCore({ ...options, demo: false });
    const sessionA = valueOf<{ session: string }>(
      await a.call("auth.signIn", { email: "dispatcher@cutr.example" }, null),
    ).session;
    const sessionB = valueOf<{ session: string }>(
      await b.call("auth.signIn", { email: "dispatcher2@cutr.example" }, null),
    ).session;
    const open = await a.services.db
      .selectFrom("orders")
      .select(["id", "version"])
      .where("status", "=", "open")
      .execute();
    let wins = 0;
    let conflicts = 0;
    for (const order of open) {
      const ranking = valueOf<CandidatesResult>(
        await a.call("dispatch.candidates", { orderId: order.id }, sessionA),
      );
      const top = ranking.candidates.find(
        (c) => !c.needsOverride && !c.matchReview,
      );
      if (!top) continue;
      const input = {
        orderId: order.id,
        partnerId: top.partnerId,
        orderVersion: order.version,
      };
      const results = await Promise.all([
        a.call("dispatch.assign", input, sessionA),
        b.call("dispatch.assign", input, sessionB),
      ]);
      wins += results.filter((r) => r.ok).length;
      conflicts += results.filter(
        (r) => !r.ok && r.error.code === "CONFLICT",
      ).length;
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    }
    expect(wins).toBeGreaterThan(0);
    expect(conflicts).toBe(wins);
    const assignments = await a.services.db
      .selectFrom("assignments")
      .select((eb) => ["order_id", eb.fn.countAll<number>().as("n")])
      .where("cancelled_at", "is", null)
      .groupBy("order_id")
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    expect(assignments).toEqual([]);
    await a.close();
    await b.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
