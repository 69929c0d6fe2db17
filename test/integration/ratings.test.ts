import { beforeEach, afterEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import { recomputePartnerRating } from "../../electron/core/ratings/recompute-partner";
import { scoreCancellation } from "../../electron/core/ratings/score-cancellation";
import { defaultPolicy } from "../../shared/policy";
import type {
  PartnerScoreHistory,
  RatingResult,
  RatingSuggestion,
} from "../../shared/contract";
import { addScore, makeOrder, makePartner } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let manager: string;
const five = {
  quality: 5,
  communication: 5,
  involvement: 5,
  deliveryTime: 5,
  budget: 5,
};

beforeEach(async () => {
  ({ core, clock } = await testCore());
  manager = await signIn(core, "accounts@cutr.example");
});
afterEach(() => core.close());

const db = () => core.services.db;
const count = async (
  table:
    | "ratings"
    | "partner_scores"
    | "outbox"
    | "audit_log"
    | "partner_rating_history",
) =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async () =>
  Promise.all(
    [
      "ratings",
      "partner_scores",
      "outbox",
      "audit_log",
      "partner_rating_history",
    ].map((t) => count(t as never)),
  );

describe("ratings.record", () => {
  it("rates an approved order, recomputes the partner, keeps history and schedules the notice", async () => {
    clock.set("2026-04-24T15:00:00Z");
    const partnerId = await makePartner(db());
    await addScore(db(), partnerId, 4, "2026-01-10");
    const orderId = await makeOrder(db(), {
      partnerId,
      approvedAt: "2026-04-24T10:00:00.000Z",
    });

    const result = valueOf<RatingResult>(
      await core.call(
        "ratings.record",
        {
          orderId,
          factors: { ...five, customerSatisfaction: 5 },
          note: "Lovely work",
        },
        manager,
      ),
    );
    expect(result.score).toBe(5);
    expect(result.partner).toMatchObject({
      id: partnerId,
      rating: 4.5,
      tier: "highly_rated",
      ratedOrders: 2,
      tierChanged: true,
    });
    // Ten Dutch working days after Friday 24 April 2026 (King's Day in between) is Monday 11 May, 09:00 CEST.
    expect(result.notificationDueAt).toBe("2026-05-11T07:00:00.000Z");

    const notice = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("order_id", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(notice).toMatchObject({
      kind: "rating_notice",
      status: "queued",
      due_at: "2026-05-11T07:00:00.000Z",
    });
    const partner = await db()
      .selectFrom("partners")
      .selectAll()
      .where("id", "=", partnerId)
      .executeTakeFirstOrThrow();
    expect(partner).toMatchObject({
      rating: 4.5,
      tier: "highly_rated",
      rated_orders: 2,
    });
    const history = await db()
      .selectFrom("partner_rating_history")
      .selectAll()
      .where("partner_id", "=", partnerId)
      .execute();
    expect(history.at(-1)).toMatchObject({ rating: 4.5, tier: "highly_rated" });
    const audit = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("order_id", "=", orderId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["rating.recorded"]);
  });

  it("tells the partner at once when the order is rated after the notice day", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), {
      partnerId,
      approvedAt: "2026-04-24T10:00:00.000Z",
    });
    const result = valueOf<RatingResult>(
      await core.call("ratings.record", { orderId, factors: five }, manager),
    );
    expect(result.notificationDueAt).toBe("2026-11-22T09:00:00.000Z");
  });

  it("accepts customer satisfaction left empty and scores the five factors given", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    const result = valueOf<RatingResult>(
      await core.call(
        "ratings.record",
        {
          orderId,
          factors: {
            quality: 4,
            communication: 4,
            involvement: 3,
            deliveryTime: 5,
            budget: 4,
          },
        },
        manager,
      ),
    );
    expect(result.score).toBe(4);
    const rating = await db()
      .selectFrom("ratings")
      .selectAll()
      .where("order_id", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(rating.customer_satisfaction).toBeNull();
  });

  it.each([
    ["a factor of 0", { ...five, quality: 0 }],
    ["a factor of 6", { ...five, budget: 6 }],
    ["half a star", { ...five, communication: 3.5 }],
    [
      "a missing required factor",
      { quality: 5, communication: 5, involvement: 5, deliveryTime: 5 },
    ],
    ["an unknown factor", { ...five, friendliness: 5 }],
  ])(
    "refuses %s with BAD_INPUT and writes nothing",
    async (_label, factors) => {
      const partnerId = await makePartner(db());
      const orderId = await makeOrder(db(), { partnerId });
      const before = await counts();
      const result = await core.call(
        "ratings.record",
        { orderId, factors },
        manager,
      );
      expect(result).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
      expect(await counts()).toEqual(before);
    },
  );

  it("refuses an order that is not approved, and a second rating, and writes nothing", async () => {
    const partnerId = await makePartner(db());
    const delivered = await makeOrder(db(), {
      partnerId,
      status: "delivered",
      approvedAt: null,
    });
    const before = await counts();
    expect(
      await core.call(
        "ratings.record",
        { orderId: delivered, factors: five },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    expect(await counts()).toEqual(before);

    const approved = await makeOrder(db(), { partnerId });
    valueOf(
      await core.call(
        "ratings.record",
        { orderId: approved, factors: five },
        manager,
      ),
    );
    const afterFirst = await counts();
    expect(
      await core.call(
        "ratings.record",
        { orderId: approved, factors: five },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await counts()).toEqual(afterFirst);
  });

  it("lets only account managers and admins rate", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    for (const email of ["dispatcher@cutr.example", "quality@cutr.example"]) {
      const session = await signIn(core, email);
      expect(
        await core.call("ratings.record", { orderId, factors: five }, session),
      ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    const admin = await signIn(core, "admin@cutr.example");
    expect(
      (await core.call("ratings.record", { orderId, factors: five }, admin)).ok,
    ).toBe(true);
  });
});

describe("ratings.revise", () => {
  it("needs a reason, keeps the old and new values and recomputes the partner", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    valueOf(
      await core.call("ratings.record", { orderId, factors: five }, manager),
    );
    expect(
      await core.call(
        "ratings.revise",
        { orderId, version: 1, factors: five, reason: "  " },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });

    const revised = valueOf<RatingResult>(
      await core.call(
        "ratings.revise",
        {
          orderId,
          version: 1,
          factors: { ...five, deliveryTime: 1, quality: 4 },
          reason:
            "Partner showed the delay was reported in time? No: it was not.",
        },
        manager,
      ),
    );
    expect(revised.score).toBe(4);
    expect(revised.partner).toMatchObject({ rating: 4, tier: "compliant" });
    const revision = await db()
      .selectFrom("rating_revisions")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(JSON.parse(revision.before)).toMatchObject({
      deliveryTime: 5,
      score: 5,
    });
    expect(JSON.parse(revision.after)).toMatchObject({
      deliveryTime: 1,
      score: 4,
    });
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "reason"])
      .where("order_id", "=", orderId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "rating.recorded",
      "rating.revised",
    ]);
  });

  it("refuses to revise an order that was never rated", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    expect(
      await core.call(
        "ratings.revise",
        { orderId, version: 1, factors: five, reason: "x" },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
  });
});

describe("revising a stale rating", () => {
  it("refuses a revision made on an older version", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    valueOf(
      await core.call("ratings.record", { orderId, factors: five }, manager),
    );
    valueOf(
      await core.call(
        "ratings.revise",
        {
          orderId,
          version: 1,
          factors: { ...five, budget: 3 },
          reason: "Invoice came in higher",
        },
        manager,
      ),
    );
    expect(
      await core.call(
        "ratings.revise",
        {
          orderId,
          version: 1,
          factors: { ...five, budget: 4 },
          reason: "Other screen",
        },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});

describe("the daily refresh as the window moves", () => {
  it("recomputes every partner once per business day, so scores that leave the window stop counting", async () => {
    const { refreshPartnerRatingsIfNewDay } =
      await import("../../electron/core/scheduler/daily-rating-refresh");
    const partnerId = await makePartner(db(), {
      rating: 5,
      tier: "highly_rated",
      rated_orders: 1,
    });
    await addScore(db(), partnerId, 5, "2024-12-01");
    expect(await refreshPartnerRatingsIfNewDay(core.services)).toBe(true);
    expect(await refreshPartnerRatingsIfNewDay(core.services)).toBe(false);
    let partner = await db()
      .selectFrom("partners")
      .select(["tier", "rating"])
      .where("id", "=", partnerId)
      .executeTakeFirstOrThrow();
    expect(partner).toEqual({ tier: "highly_rated", rating: 5 });
    clock.advance(10 * 86_400_000); // 2024-12-01 leaves the 24-month window
    expect(await refreshPartnerRatingsIfNewDay(core.services)).toBe(true);
    partner = await db()
      .selectFrom("partners")
      .select(["tier", "rating"])
      .where("id", "=", partnerId)
      .executeTakeFirstOrThrow();
    expect(partner).toEqual({ tier: "new", rating: null });
  });
});

describe("partner rating and tier", () => {
  const recompute = (partnerId: number) =>
    recomputePartnerRating(db(), partnerId, {
      policy: defaultPolicy,
      now: clock.now(),
      cause: "test",
    });

  it.each([
    [[4.5], "highly_rated"],
    [[4.5, 4.49], "compliant"],
    [[4, 5], "highly_rated"],
    [[4.0], "compliant"],
    [[4, 3.99], "lower"],
    [[3], "lower"],
    // Exact means at a threshold whose binary floating-point mean (PostgreSQL's avg) is a hair below.
    [[19, 19, 19, 23].map((points) => ({ points, parts: 5 })), "compliant"],
    [
      [
        { points: 20, parts: 5 },
        { points: 26, parts: 6 },
        { points: 29, parts: 6 },
        { points: 29, parts: 6 },
      ],
      "highly_rated",
    ],
    [
      [
        { points: 26, parts: 6 },
        { points: 28, parts: 6 },
      ],
      "highly_rated",
    ],
  ])("scores %j make the partner %s", async (scores, tier) => {
    const partnerId = await makePartner(db());
    for (const score of scores)
      await addScore(db(), partnerId, score, "2026-06-01");
    expect((await recompute(partnerId)).tier).toBe(tier);
  });

  it("is new with no score in the 24-month window, and counts only that window", async () => {
    const partnerId = await makePartner(db());
    expect(await recompute(partnerId)).toMatchObject({
      rating: null,
      tier: "new",
      ratedOrders: 0,
    });
    await addScore(db(), partnerId, 1, "2024-11-21"); // one day before the window
    expect(await recompute(partnerId)).toMatchObject({
      rating: null,
      tier: "new",
    });
    await addScore(db(), partnerId, 5, "2024-11-22"); // the window's first day
    expect(await recompute(partnerId)).toMatchObject({
      rating: 5,
      ratedOrders: 1,
      windowStart: "2024-11-22",
    });
    clock.advance(86_400_000);
    expect(await recompute(partnerId)).toMatchObject({
      rating: null,
      tier: "new",
    });
  });

  it("enters a counted cancellation as 1.0 and leaves an excused one out", async () => {
    const partnerId = await makePartner(db());
    await addScore(db(), partnerId, 5, "2026-06-01");
    await addScore(db(), partnerId, 5, "2026-07-01");
    const orderId = await makeOrder(db(), {
      partnerId,
      status: "open",
      approvedAt: null,
      deliveredAt: null,
    });
    const assignment = await db()
      .insertInto("assignments")
      .values({
        order_id: orderId,
        partner_id: partnerId,
        assigned_at: "2026-11-01T09:00:00Z",
        assigned_by: 1,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const excused = await scoreCancellation(
      db(),
      {
        partnerId,
        orderId,
        assignmentId: assignment.id,
        countsTowardRating: false,
        at: clock.now(),
      },
      defaultPolicy,
    );
    expect(excused).toBeNull();
    const counted = await scoreCancellation(
      db(),
      {
        partnerId,
        orderId,
        assignmentId: assignment.id,
        countsTowardRating: true,
        at: clock.now(),
      },
      defaultPolicy,
    );
    expect(counted).toMatchObject({
      rating: (5 + 5 + 1) / 3,
      tier: "lower",
      ratedOrders: 3,
    });
  });
});

describe("ratings.suggest", () => {
  it("suggests from the delivery date in force, the budget, the to-dos and the reviews, with evidence", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), {
      partnerId,
      requestedDeliveryDate: "2026-10-01",
      deliveredAt: "2026-10-09T10:00:00.000Z",
      agreedCents: 100_000,
      finalCents: 104_000,
    });
    const { id: assignmentId } = await db()
      .selectFrom("assignments")
      .select("id")
      .where("order_id", "=", orderId)
      .executeTakeFirstOrThrow();
    // Moved to 10-06 in time (20 days ahead), then to 10-20 late: 10-06 stays in force.
    await db()
      .insertInto("delivery_date_changes")
      .values([
        {
          order_id: orderId,
          assignment_id: assignmentId,
          old_date: "2026-10-01",
          new_date: "2026-10-06",
          reason: "Material late",
          in_time: 1,
          recorded_at: "2026-09-11T09:00:00Z",
          recorded_by: 2,
        },
        {
          order_id: orderId,
          assignment_id: assignmentId,
          old_date: "2026-10-06",
          new_date: "2026-10-20",
          reason: "Staff ill",
          in_time: 0,
          recorded_at: "2026-10-01T09:00:00Z",
          recorded_by: 2,
        },
      ])
      .execute();
    const suggestion = valueOf<RatingSuggestion>(
      await core.call("ratings.suggest", { orderId }, manager),
    );
    expect(suggestion.factors.deliveryTime.stars).toBe(3); // 3 days after 10-06
    expect(suggestion.factors.deliveryTime.evidence).toContainEqual({
      key: "ratings:evidence.movedLate",
      dates: {
        date: "2026-10-20",
        reportedOn: "2026-10-01",
        inForce: "2026-10-06",
      },
    });
    expect(suggestion.factors.budget.stars).toBe(3); // 4% over
    expect(suggestion.factors.involvement.stars).toBe(5);
    expect(suggestion.factors.quality).toMatchObject({
      stars: 5,
      evidence: [{ key: "ratings:evidence.noPhotos" }],
    });
    expect(suggestion.factors.communication).toEqual({
      stars: null,
      evidence: [{ key: "ratings:evidence.noQuestions" }],
    });
    expect(suggestion.current).toBeNull();
  });

  it("suggests communication from how quickly the partner answered Cutr, in business hours", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    const thread = async (kind: "cutr" | "customer") =>
      (
        await db()
          .insertInto("message_threads")
          .values({ order_id: orderId, kind })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const cutr = await thread("cutr");
    const customer = await thread("customer");
    const say = (
      threadId: number,
      authorKind: "staff" | "partner" | "customer",
      at: string,
    ) => ({
      thread_id: threadId,
      author_kind: authorKind,
      author_user_id: authorKind === "staff" ? 2 : null,
      author_name: authorKind,
      body: JSON.stringify({ type: "doc", content: [] }),
      created_at: at,
    });
    await db()
      .insertInto("messages")
      .values([
        // Monday 10:00, answered 11:00: in time; Cutr's follow-up before the answer waits no longer.
        say(cutr, "staff", "2026-10-05T08:00:00Z"),
        say(cutr, "staff", "2026-10-05T08:30:00Z"),
        say(cutr, "partner", "2026-10-05T09:00:00Z"),
        // Friday 16:00 to Tuesday 12:00: 1 + 8 + 3 = 12 business hours, not more: in time.
        say(cutr, "staff", "2026-10-09T14:00:00Z"),
        say(cutr, "partner", "2026-10-13T10:00:00Z"),
        // Customer thread: the customer does not answer for the partner; answered a week later: late.
        say(customer, "staff", "2026-10-14T08:00:00Z"),
        say(customer, "customer", "2026-10-14T09:00:00Z"),
        say(customer, "partner", "2026-10-21T08:00:00Z"),
        // Still waiting at the end: listed, not counted.
        say(cutr, "staff", "2026-10-22T08:00:00Z"),
      ])
      .execute();
    const suggestion = valueOf<RatingSuggestion>(
      await core.call("ratings.suggest", { orderId }, manager),
    );
    // 1 of 3 answers late: 33% is above 25 (4 stars) and up to 50: 3 stars.
    expect(suggestion.factors.communication).toEqual({
      stars: 3,
      evidence: [
        {
          key: "ratings:evidence.answers",
          values: { answered: 3, late: 1, hours: 12, percent: 33 },
        },
        { key: "ratings:evidence.unanswered", values: { thread: "cutr" } },
      ],
    });
  });

  it("caps quality at 2 after a customer complaint about quality", async () => {
    const partnerId = await makePartner(db());
    const orderId = await makeOrder(db(), { partnerId });
    await db()
      .insertInto("feedback")
      .values({
        order_id: orderId,
        kind: "issues",
        text: "Lacquer runs on two doors",
        about_quality: 1,
        recorded_at: "2026-10-05T09:00:00Z",
        recorded_by: 5,
      })
      .execute();
    const suggestion = valueOf<RatingSuggestion>(
      await core.call("ratings.suggest", { orderId }, manager),
    );
    expect(suggestion.factors.quality.stars).toBe(2);
    expect(suggestion.factors.customerSatisfaction.evidence[0]).toEqual({
      key: "ratings:evidence.feedback.issues",
      values: { text: "Lacquer runs on two doors" },
    });
  });
});

describe("partners.scoreHistory", () => {
  it("gives at most one point per bucket, factor averages and the score distribution", async () => {
    const { rows } = valueOf<{ rows: { id: number; ratedOrders: number }[] }>(
      await core.call(
        "partners.list",
        { sort: { column: "ratedOrders", direction: "desc" }, limit: 1 },
        manager,
      ),
    );
    const partnerId = rows[0]!.id;
    const weekly = valueOf<PartnerScoreHistory>(
      await core.call(
        "partners.scoreHistory",
        { partnerId, bucket: "week" },
        manager,
      ),
    );
    const monthly = valueOf<PartnerScoreHistory>(
      await core.call(
        "partners.scoreHistory",
        { partnerId, bucket: "month" },
        manager,
      ),
    );
    expect(weekly.points.length).toBeGreaterThan(0);
    expect(monthly.points.length).toBeLessThanOrEqual(25);
    expect(new Set(monthly.points.map((p) => p.at.slice(0, 7))).size).toBe(
      monthly.points.length,
    );
    expect(monthly.factors.every((f) => f.quality >= 1 && f.quality <= 5)).toBe(
      true,
    );
    expect(weekly.distribution).toHaveLength(8);
  });
});
