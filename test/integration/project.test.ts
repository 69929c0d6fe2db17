import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type {
  HistoryEntry,
  HomeSummary,
  Message,
  Milestone,
  OrderDetail,
  OrderFile,
  ReadinessCondition,
  StatusResult,
  ThreadInfo,
  Todo,
} from "../../shared/contract";
import { assignedOrder as assignedOrderFixture } from "../fixtures/assigned-order";
import { makeOpenOrder, makePartner } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { textBody } from "../fixtures/message-body";
import { partnerWrites } from "../fixtures/partner-message";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let staff: string;
const db = () => core.services.db;
const DAY = 86_400_000;

beforeEach(async () => {
  ({ core, clock } = await testCore());
  staff = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

const assignedOrder = async () =>
  (await assignedOrderFixture(core, staff)).orderId;

const version = async (orderId: number) =>
  (
    await db()
      .selectFrom("orders")
      .select("version")
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow()
  ).version;

async function addApprovedFile(
  orderId: number,
  folder: "finished_product" | "packed_product",
  name = `${folder}.jpg`,
  mime = "image/jpeg",
) {
  await db()
    .insertInto("files")
    .values({
      order_id: orderId,
      folder,
      name,
      sha256: name,
      size_bytes: 10,
      mime,
      width: 1,
      height: 1,
      review_state: "approved",
      uploaded_at: clock.now().toISOString(),
      uploaded_by: 1,
    })
    .execute();
}

describe("milestones", () => {
  it("are set, moved and removed with a reason each, and show in History", async () => {
    const orderId = await assignedOrder();
    expect(
      await core.call(
        "milestones.set",
        { orderId, kind: "measure_up", date: "2026-12-01", reason: "" },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    expect(
      await core.call(
        "milestones.set",
        { orderId, kind: "custom", date: "2026-12-01", reason: "Kick-off" },
        staff,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringContaining("name") },
    });
    expect(
      await core.call(
        "milestones.set",
        { orderId, kind: "measure_up", date: "2026-02-30", reason: "Kick-off" },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    valueOf(
      await core.call(
        "milestones.set",
        {
          orderId,
          kind: "measure_up",
          date: "2026-12-01",
          reason: "Agreed at kick-off",
        },
        staff,
      ),
    );
    valueOf(
      await core.call(
        "milestones.set",
        {
          orderId,
          kind: "custom",
          name: "Site inspection",
          date: "2026-12-03",
          reason: "Customer asked",
        },
        staff,
      ),
    );
    const moved = valueOf<Milestone[]>(
      await core.call(
        "milestones.set",
        {
          orderId,
          kind: "measure_up",
          date: "2026-12-04",
          reason: "Customer ill",
        },
        staff,
      ),
    );
    expect(moved.map((m) => [m.kind, m.name, m.date])).toEqual([
      ["custom", "Site inspection", "2026-12-03"],
      ["measure_up", null, "2026-12-04"],
    ]);
    const left = valueOf<Milestone[]>(
      await core.call(
        "milestones.remove",
        { milestoneId: moved[0]!.id, reason: "Not needed" },
        staff,
      ),
    );
    expect(left).toHaveLength(1);
    const history = valueOf<HistoryEntry[]>(
      await core.call("audit.list", { orderId }, staff),
    );
    expect(history.slice(0, 4).map((h) => [h.action, h.reason])).toEqual([
      ["milestone.removed", "Not needed"],
      ["milestone.set", "Customer ill"],
      ["milestone.set", "Customer asked"],
      ["milestone.set", "Agreed at kick-off"],
    ]);
    expect(history[1]).toMatchObject({
      before: { measure_up: "2026-12-01" },
      after: { measure_up: "2026-12-04" },
    });
  });

  it("are for staff with the right role", async () => {
    const orderId = await assignedOrder();
    const reviewer = await signIn(core, "quality@cutr.example");
    expect(
      await core.call(
        "milestones.set",
        { orderId, kind: "measure_up", date: "2026-12-01", reason: "x" },
        reviewer,
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("fulfilment", () => {
  /** The business date `days` after the test clock's today. */
  const inDays = (days: number) =>
    new Date(clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  /** Records the delivery dates in turn on an order requested for `requested`; the changes kept. */
  async function recordDates(requested: string, dates: string[]) {
    const orderId = await assignedOrder();
    await db()
      .updateTable("orders")
      .set({ requested_delivery_date: requested })
      .where("id", "=", orderId)
      .execute();
    for (const [i, deliveryDate] of dates.entries())
      valueOf(
        await core.call(
          "fulfilment.update",
          i === 0
            ? { orderId, deliveryDate, method: "delivery" }
            : { orderId, deliveryDate, reason: "Supplier late" },
          staff,
        ),
      );
    return {
      orderId,
      changes: await db()
        .selectFrom("delivery_date_changes")
        .select(["old_date", "new_date", "in_time"])
        .where("order_id", "=", orderId)
        .orderBy("id")
        .execute(),
    };
  }

  it.each([
    [13, 0],
    [14, 1],
    [15, 1],
  ])(
    "judges the first delivery date against the requested one, %i days ahead: in time %i",
    async (days, inTime) => {
      const { changes } = await recordDates(inDays(days), ["2027-02-01"]);
      expect(changes).toEqual([
        { old_date: null, new_date: "2027-02-01", in_time: inTime },
      ]);
    },
  );

  it("lets an earlier date replace the date in force however late it is reported", async () => {
    const { changes } = await recordDates(inDays(3), [inDays(2)]);
    expect(changes).toMatchObject([{ new_date: inDays(2), in_time: 1 }]);
  });

  it("judges a later date against the date in force, not a planned date reported late", async () => {
    // Requested in 10 days; 40 reported late, so the requested date stays in force; 50 is then
    // only 10 days ahead of the date in force (though 40 ahead of the planned date): late again.
    const { orderId, changes } = await recordDates(inDays(10), [
      inDays(40),
      inDays(50),
    ]);
    expect(changes).toEqual([
      { old_date: null, new_date: inDays(40), in_time: 0 },
      { old_date: inDays(40), new_date: inDays(50), in_time: 0 },
    ]);
    expect(
      await core.call(
        "fulfilment.update",
        { orderId, deliveryDate: inDays(60) },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    const notices = await db()
      .selectFrom("outbox")
      .select("kind")
      .where("order_id", "=", orderId)
      .where("kind", "=", "delivery_date_notice")
      .execute();
    expect(notices).toHaveLength(2);
  });

  it("completes the to-dos it answers, and billing the invoice one", async () => {
    const orderId = await assignedOrder();
    valueOf(
      await core.call(
        "fulfilment.update",
        {
          orderId,
          materialArrival: "2026-12-01",
          plannedCompletion: "2026-12-10",
          deliveryDate: "2026-12-15",
          method: "installation",
        },
        staff,
      ),
    );
    expect(
      await core.call(
        "billing.setReference",
        { orderId, reference: "" },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    valueOf(
      await core.call(
        "billing.setReference",
        { orderId, noReference: true },
        staff,
      ),
    );
    const todos = valueOf<Todo[]>(
      await core.call("todos.list", { orderId }, staff),
    );
    expect(todos.every((t) => t.doneAt !== null)).toBe(true);
  });
});

describe("Ready, Delivered, Approved", () => {
  async function readyOrder() {
    const orderId = await assignedOrder();
    valueOf(
      await core.call(
        "fulfilment.update",
        {
          orderId,
          materialArrival: "2026-12-01",
          plannedCompletion: "2026-12-10",
          deliveryDate: "2026-12-15",
          method: "delivery",
        },
        staff,
      ),
    );
    valueOf(
      await core.call(
        "billing.setReference",
        { orderId, reference: "PO-7781" },
        staff,
      ),
    );
    const unmet = valueOf<ReadinessCondition[]>(
      await core.call("orders.readiness", { orderId }, staff),
    ).filter((c) => !c.met);
    expect(unmet.map((c) => c.key)).toEqual([
      "finished_photo",
      "packed_photo",
      "packing_slip",
    ]);
    const refused = await core.call(
      "orders.markReady",
      { orderId, orderVersion: await version(orderId) },
      staff,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "RULE", details: { unmet: expect.any(Array) } },
    });
    await addApprovedFile(orderId, "finished_product");
    await addApprovedFile(orderId, "packed_product");
    valueOf(await core.call("packingSlips.generate", { orderId }, staff));
    valueOf<StatusResult>(
      await core.call(
        "orders.markReady",
        { orderId, orderVersion: await version(orderId) },
        staff,
      ),
    );
    expect(
      await core.call(
        "orders.markDelivered",
        { orderId, orderVersion: await version(orderId) },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    valueOf(
      await core.call(
        "orders.markDelivered",
        {
          orderId,
          orderVersion: await version(orderId),
          signedSlipConfirmed: true,
        },
        staff,
      ),
    );
    return orderId;
  }

  it("approves automatically 14 days after delivery without feedback, not a minute before, and only once, as of delivery + 14 days", async () => {
    const orderId = await readyOrder();
    const status = async () =>
      (
        await db()
          .selectFrom("orders")
          .select("status")
          .where("id", "=", orderId)
          .executeTakeFirstOrThrow()
      ).status;
    clock.advance(14 * DAY - 3_600_000);
    const admin = await signIn(core, "admin@cutr.example");
    valueOf(await core.call("scheduler.runDue", {}, admin)); // other demo orders may come due
    expect(await status()).toBe("delivered");
    // The console was closed for a week after the window ended: the approval time is still the end.
    clock.advance(3_600_000 + 7 * DAY);
    const again = await signIn(core, "admin@cutr.example");
    expect(
      valueOf<{ approved: number }>(
        await core.call("scheduler.runDue", {}, again),
      ).approved,
    ).toBeGreaterThanOrEqual(1);
    expect(await status()).toBe("approved");
    expect(valueOf(await core.call("scheduler.runDue", {}, again))).toEqual({
      approved: 0,
    });
    const order = await db()
      .selectFrom("orders")
      .select(["status", "approved_at", "delivered_at"])
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe("approved");
    expect(order.approved_at).toBe(
      new Date(
        Date.parse(order.delivered_at as string) + 14 * DAY,
      ).toISOString(),
    );
    const history = valueOf<HistoryEntry[]>(
      await core.call("audit.list", { orderId }, again),
    );
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining([
        "order.approved",
        "order.delivered",
        "order.ready",
        "billing.reference",
        "fulfilment.deliveryDate",
        "order.assigned",
      ]),
    );
    expect(history[0]).toMatchObject({
      action: "order.approved",
      actor: "System",
      reason: "No customer feedback within 14 days.",
    });
  });

  it("sends an order with issues to review inside the window, and refuses feedback after it", async () => {
    const orderId = await readyOrder();
    clock.advance(3 * DAY);
    staff = await signIn(core, "dispatcher@cutr.example");
    valueOf(
      await core.call(
        "orders.recordFeedback",
        { orderId, kind: "issues", text: "Door scratched", aboutQuality: true },
        staff,
      ),
    );
    expect(
      (
        await db()
          .selectFrom("orders")
          .select("status")
          .where("id", "=", orderId)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("in_review");
    valueOf(
      await core.call(
        "orders.approve",
        { orderId, orderVersion: await version(orderId) },
        staff,
      ),
    );

    const late = await readyOrder();
    clock.advance(15 * DAY);
    staff = await signIn(core, "dispatcher@cutr.example");
    expect(
      await core.call(
        "orders.recordFeedback",
        { orderId: late, kind: "positive", text: "Lovely" },
        staff,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("window") },
    });
  });

  it("sends an order with positive feedback to review too, where staff approve it without a reason", async () => {
    const orderId = await readyOrder();
    valueOf(
      await core.call(
        "orders.recordFeedback",
        { orderId, kind: "positive", text: "Lovely cabinet" },
        staff,
      ),
    );
    const status = async () =>
      (
        await db()
          .selectFrom("orders")
          .select("status")
          .where("id", "=", orderId)
          .executeTakeFirstOrThrow()
      ).status;
    expect(await status()).toBe("in_review");
    // Still in review after the 14 days: only staff approve it.
    clock.advance(15 * DAY);
    staff = await signIn(core, "dispatcher@cutr.example");
    valueOf(await core.call("scheduler.runDue", {}, staff));
    expect(await status()).toBe("in_review");
    valueOf(
      await core.call(
        "orders.approve",
        { orderId, orderVersion: await version(orderId) },
        staff,
      ),
    );
    expect(await status()).toBe("approved");
  });

  it("approves a delivered order after its window without a reason, as of the day the window ended", async () => {
    const orderId = await readyOrder();
    const { delivered_at } = await db()
      .selectFrom("orders")
      .select("delivered_at")
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    clock.advance(20 * DAY); // the automatic check has not run
    staff = await signIn(core, "dispatcher@cutr.example");
    valueOf(
      await core.call(
        "orders.approve",
        { orderId, orderVersion: await version(orderId) },
        staff,
      ),
    );
    const order = await db()
      .selectFrom("orders")
      .select(["status", "approved_at"])
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({
      status: "approved",
      approved_at: new Date(
        Date.parse(delivered_at as string) + 14 * DAY,
      ).toISOString(),
    });
  });

  it("asks a reason to approve a delivered order early, without feedback, and audits it", async () => {
    const orderId = await readyOrder();
    clock.advance(2 * DAY);
    staff = await signIn(core, "dispatcher@cutr.example");
    expect(
      await core.call(
        "orders.approve",
        { orderId, orderVersion: await version(orderId), reason: "  " },
        staff,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", details: { field: "reason" } },
    });
    valueOf(
      await core.call(
        "orders.approve",
        {
          orderId,
          orderVersion: await version(orderId),
          reason: "Customer confirmed by phone",
        },
        staff,
      ),
    );
    const history = valueOf<HistoryEntry[]>(
      await core.call("audit.list", { orderId }, staff),
    );
    expect(history[0]).toMatchObject({
      action: "order.approved",
      reason: "Customer confirmed by phone",
    });
  });

  it("refuses moves out of order", async () => {
    const open = await makeOpenOrder(db());
    expect(
      await core.call(
        "orders.approve",
        { orderId: open, orderVersion: await version(open) },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    expect(
      await core.call(
        "orders.markDelivered",
        {
          orderId: open,
          orderVersion: await version(open),
          signedSlipConfirmed: true,
        },
        staff,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
  });
});

describe("a new assignment", () => {
  /** The dispatcher cancels the assignment (not counted) and, `after` ms later, assigns another partner. */
  async function reassign(orderId: number, after: number) {
    valueOf(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId,
          orderVersion: await version(orderId),
          reason: "Workshop fire",
          countsTowardRating: false,
        },
        staff,
      ),
    );
    clock.advance(after);
    staff = await signIn(core, "dispatcher@cutr.example");
    const next = await makePartner(
      db(),
      { tier: "highly_rated", rating: 4.8 },
      { capabilities: ["cnc_cutting", "plywood"], regions: ["NL-ZE"] },
    );
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId, partnerId: next, orderVersion: await version(orderId) },
        staff,
      ),
    );
  }

  it("starts without the last partner's photos: they count for nothing and are marked earlier", async () => {
    const orderId = await assignedOrder();
    await addApprovedFile(orderId, "finished_product");
    await addApprovedFile(orderId, "packed_product");
    const unmet = async () =>
      valueOf<ReadinessCondition[]>(
        await core.call("orders.readiness", { orderId }, staff),
      )
        .filter((c) => !c.met)
        .map((c) => c.key);
    expect(await unmet()).not.toContain("finished_photo");

    await reassign(orderId, 3_600_000);
    expect(await unmet()).toEqual(
      expect.arrayContaining(["finished_photo", "packed_photo"]),
    );
    const files = valueOf<OrderFile[]>(
      await core.call("files.list", { orderId }, staff),
    );
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.fromEarlierAssignment)).toBe(true);

    // The new partner's photo counts, and is not marked.
    await addApprovedFile(orderId, "finished_product", "new.jpg");
    expect(await unmet()).not.toContain("finished_photo");
    const newest = valueOf<OrderFile[]>(
      await core.call("files.list", { orderId }, staff),
    ).find((f) => f.name === "new.jpg");
    expect(newest?.fromEarlierAssignment).toBe(false);
  });

  it("starts a Cutr thread of its own: the last partner's conversation is closed, nobody's unread, and staff read it on the order", async () => {
    const orderId = await assignedOrder();
    const first = (
      await db()
        .selectFrom("orders as o")
        .innerJoin("partners as p", "p.id", "o.partner_id")
        .select("p.name")
        .where("o.id", "=", orderId)
        .executeTakeFirstOrThrow()
    ).name;
    await db()
      .updateTable("orders")
      .set({ direct_messaging: 1 })
      .where("id", "=", orderId)
      .execute();
    const say = (thread: "cutr" | "customer", text: string) =>
      core.call(
        "messages.send",
        { orderId, thread, body: textBody(text), attachments: [] },
        staff,
      );
    const unread = async () =>
      valueOf<{ unread: number }>(
        await core.call("messages.unreadCount", {}, staff),
      ).unread;
    const unreadBefore = await unread();
    valueOf(await say("cutr", "Your price for the oak?"));
    valueOf(await say("customer", "Welcome to your order"));
    await partnerWrites(db(), {
      orderId,
      kind: "cutr",
      text: "We cannot make it",
      at: clock.now(),
    });
    expect(await unread()).toBe(unreadBefore + 1);

    await reassign(orderId, 3_600_000);
    const threads = valueOf<ThreadInfo[]>(
      await core.call("messages.threads", { orderId }, staff),
    );
    const cutr = threads.find((t) => t.kind === "cutr");
    expect(cutr).toMatchObject({
      messageCount: 0,
      unread: 0,
      unanswered: false,
    });
    expect(cutr?.earlier).toEqual([
      expect.objectContaining({ partnerName: first, messageCount: 2 }),
    ]);
    // The Customer thread stays with the order.
    expect(threads.find((t) => t.kind === "customer")).toMatchObject({
      messageCount: 1,
      earlier: [],
    });
    expect(await unread()).toBe(unreadBefore);
    const inbox = valueOf<{ rows: { orderId: number; kind: string }[] }>(
      await core.call("messages.inbox", {}, staff),
    );
    expect(inbox.rows.filter((r) => r.orderId === orderId)).toEqual([]);

    const list = async (assignmentId?: number) =>
      valueOf<{ messages: Message[] }>(
        await core.call(
          "messages.list",
          { orderId, thread: "cutr", assignmentId },
          staff,
        ),
      ).messages.map((m) => m.authorKind);
    expect(await list()).toEqual([]);
    expect(await list(cutr?.earlier[0]?.assignmentId)).toEqual([
      "staff",
      "partner",
    ]);

    // The new partner's conversation starts in a thread of its own.
    valueOf(await say("cutr", "Welcome aboard"));
    expect(await list()).toEqual(["staff"]);
    expect(await list(cutr?.earlier[0]?.assignmentId)).toHaveLength(2);
  });

  it("leaves the last partner's pending photos out of the review queue, the order's folders and Home", async () => {
    const orderId = await assignedOrder();
    await addApprovedFile(orderId, "finished_product");
    await db()
      .updateTable("files")
      .set({ review_state: "pending" })
      .where("order_id", "=", orderId)
      .execute();
    const counts = async () => ({
      queue: valueOf<{ items: { orderId: number }[] }>(
        await core.call("quality.queue", { filter: { orderId } }, staff),
      ).items.length,
      folder: valueOf<OrderDetail>(
        await core.call("orders.get", { id: orderId }, staff),
      ).folders.find((f) => f.folder === "finished_product")?.pending,
    });
    const home = async () =>
      valueOf<HomeSummary>(await core.call("home.summary", {}, staff))
        .reviewQueue;
    const before = await home();
    expect(await counts()).toEqual({ queue: 1, folder: 1 });

    await reassign(orderId, 3_600_000);
    expect(await counts()).toEqual({ queue: 0, folder: 0 });
    expect(await home()).toBe(before - 1);
  });

  it("leaves the last partner's open to-dos out of Home's overdue count, as Dispatch does", async () => {
    const orderId = await assignedOrder();
    clock.advance(10 * DAY);
    staff = await signIn(core, "dispatcher@cutr.example");
    const overdue = async () =>
      valueOf<HomeSummary>(await core.call("home.summary", {}, staff))
        .overdueTodos;
    const before = await overdue();
    const open = await db()
      .selectFrom("todos")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("order_id", "=", orderId)
      .where("done_at", "is", null)
      .executeTakeFirstOrThrow();
    expect(Number(open.n)).toBeGreaterThan(0);
    await reassign(orderId, 3_600_000);
    expect(await overdue()).toBe(before - Number(open.n));
  });

  it("starts without the last partner's dates and billing reference; its date changes stay, marked earlier", async () => {
    const orderId = await assignedOrder();
    await db()
      .updateTable("orders")
      .set({ requested_delivery_date: "2026-12-12" })
      .where("id", "=", orderId)
      .execute();
    // The first partner moves the date later, in time (20 days ahead), and sets its reference.
    valueOf(
      await core.call(
        "fulfilment.update",
        { orderId, deliveryDate: "2027-01-20", method: "delivery" },
        staff,
      ),
    );
    valueOf(
      await core.call(
        "billing.setReference",
        { orderId, reference: "PO-1" },
        staff,
      ),
    );
    await reassign(orderId, 10 * DAY);
    const order = valueOf<OrderDetail>(
      await core.call("orders.get", { id: orderId }, staff),
    );
    expect(order.fulfilment).toBeNull();
    expect(order.deliveryDateChanges).toEqual([
      expect.objectContaining({
        newDate: "2027-01-20",
        fromEarlierAssignment: true,
      }),
    ]);
    expect(order.history.map((h) => h.action)).toContain("fulfilment.cleared");
    // The new partner's first date is judged against the requested date again (12-12), not the
    // last partner's 01-20: 12-20 is later, reported 10 days ahead: late (against 01-20 it
    // would have been earlier, so in time).
    valueOf(
      await core.call(
        "fulfilment.update",
        { orderId, deliveryDate: "2026-12-20", method: "delivery" },
        staff,
      ),
    );
    const changes = await db()
      .selectFrom("delivery_date_changes")
      .select(["old_date", "new_date", "in_time"])
      .where("order_id", "=", orderId)
      .orderBy("id")
      .execute();
    expect(changes.at(-1)).toEqual({
      old_date: null,
      new_date: "2026-12-20",
      in_time: 0,
    });
  });
});
