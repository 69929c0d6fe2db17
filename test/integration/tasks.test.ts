// The check-in meeting and the kick-off call: scheduled (the partner, and the customer who joins,
// told by email), done with notes and, for the kick-off, the agreed dates set as milestones in
// the same step, or cancelled with a reason; each change version-checked and audited.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { Milestone, OrderDetail, Task } from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let dispatcher: string;
let orderId: number;
const db = () => core.services.db;

beforeEach(async () => {
  ({ core } = await testCore());
  dispatcher = await signIn(core, "dispatcher@cutr.example");
  ({ orderId } = await assignedOrder(core, dispatcher, {
    requiresInstallation: true,
  }));
});
afterEach(() => core.close());

const tasks = async () =>
  valueOf<OrderDetail>(
    await core.call("orders.get", { id: orderId }, dispatcher),
  ).tasks;
const task = async (kind: Task["kind"]) => {
  const found = (await tasks()).find((t) => t.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
};

describe("check-in and kick-off", () => {
  it("proposes the kick-off dates to the partner as well as the customer", async () => {
    const proposals = await db()
      .selectFrom("outbox")
      .select("recipient")
      .where("order_id", "=", orderId)
      .where("kind", "=", "kick_off_proposal")
      .execute();
    expect(proposals.map((p) => p.recipient)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("@partners.example"),
        expect.not.stringContaining("@partners.example"),
      ]),
    );
  });

  it("schedules a kick-off, tells partner and customer, and on done sets the agreed milestones in one step", async () => {
    const kickOff = await task("kick_off_call");
    expect(kickOff).toMatchObject({ status: "open", customerJoins: true });
    expect(
      await core.call(
        "tasks.schedule",
        {
          taskId: kickOff.id,
          version: kickOff.version,
          at: "2026-11-20T14:00:00+01:00",
        },
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("in the past") },
    });
    const scheduled = valueOf<Task[]>(
      await core.call(
        "tasks.schedule",
        {
          taskId: kickOff.id,
          version: kickOff.version,
          at: "2026-11-25T14:00:00+01:00",
        },
        dispatcher,
      ),
    ).find((t) => t.id === kickOff.id);
    expect(scheduled).toMatchObject({
      status: "scheduled",
      scheduledAt: "2026-11-25T13:00:00.000Z",
      version: kickOff.version + 1,
    });
    const invitations = await db()
      .selectFrom("outbox")
      .select(["recipient", "subject"])
      .where("order_id", "=", orderId)
      .where("kind", "=", "meeting_scheduled")
      .execute();
    expect(invitations).toHaveLength(2); // the partner and the customer, who joins
    expect(invitations[0]?.subject).toMatch(
      /kick-off call on 25 Nov 2026, 14:00/,
    );

    // A stale screen is refused; nothing changes.
    expect(
      await core.call(
        "tasks.complete",
        { taskId: kickOff.id, version: kickOff.version, notes: "x" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    valueOf(
      await core.call(
        "tasks.complete",
        {
          taskId: kickOff.id,
          version: scheduled?.version ?? 0,
          notes: "Measure-up on site; installation before Christmas.",
          milestones: [
            { kind: "measure_up", date: "2026-12-01" },
            { kind: "installation", date: "2026-12-18" },
          ],
        },
        dispatcher,
      ),
    );
    expect(await task("kick_off_call")).toMatchObject({
      status: "done",
      notes: "Measure-up on site; installation before Christmas.",
    });
    const milestones = valueOf<OrderDetail>(
      await core.call("orders.get", { id: orderId }, dispatcher),
    ).milestones as Milestone[];
    expect(milestones).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "measure_up", date: "2026-12-01" }),
        expect.objectContaining({ kind: "installation", date: "2026-12-18" }),
      ]),
    );
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "reason"])
      .where("order_id", "=", orderId)
      .where("action", "in", ["task.scheduled", "task.done", "milestone.set"])
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "task.scheduled", reason: null },
      { action: "milestone.set", reason: "Agreed at the kick-off call." },
      { action: "milestone.set", reason: "Agreed at the kick-off call." },
      { action: "task.done", reason: null },
    ]);
    // Done is done.
    expect(
      await core.call(
        "tasks.cancel",
        { taskId: kickOff.id, version: 3, reason: "late" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
  });

  it("cancels a check-in with a reason, and sets no milestones from a check-in", async () => {
    const checkIn = await task("check_in_meeting");
    expect(
      await core.call(
        "tasks.complete",
        {
          taskId: checkIn.id,
          version: checkIn.version,
          notes: "Fine",
          milestones: [{ kind: "measure_up", date: "2026-12-01" }],
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    expect(
      await core.call(
        "tasks.cancel",
        { taskId: checkIn.id, version: checkIn.version, reason: "  " },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    valueOf(
      await core.call(
        "tasks.cancel",
        {
          taskId: checkIn.id,
          version: checkIn.version,
          reason: "The partner worked with Cutr before under another name.",
        },
        dispatcher,
      ),
    );
    expect(await task("check_in_meeting")).toMatchObject({
      status: "cancelled",
      cancelReason: "The partner worked with Cutr before under another name.",
    });
    // A scheduled kick-off that is cancelled: those told the date are told it is off.
    const kickOffOpen = await task("kick_off_call");
    const kickOffScheduled = valueOf<Task[]>(
      await core.call(
        "tasks.schedule",
        {
          taskId: kickOffOpen.id,
          version: kickOffOpen.version,
          at: "2026-11-26T10:00:00+01:00",
        },
        dispatcher,
      ),
    ).find((t) => t.id === kickOffOpen.id);
    valueOf(
      await core.call(
        "tasks.cancel",
        {
          taskId: kickOffOpen.id,
          version: kickOffScheduled?.version ?? 0,
          reason: "The customer is away that week.",
        },
        dispatcher,
      ),
    );
    const offs = await db()
      .selectFrom("outbox")
      .select(["subject", "body"])
      .where("order_id", "=", orderId)
      .where("kind", "=", "meeting_cancelled")
      .execute();
    expect(offs).toHaveLength(2); // partner and customer
    expect(offs[0]?.subject).toMatch(
      /kick-off call on 26 Nov 2026, 10:00 is cancelled/,
    );
    expect(offs[0]?.body).toContain("The customer is away that week.");
    const reviewer = await signIn(core, "quality@cutr.example");
    const checkInAgain = await task("check_in_meeting");
    expect(
      await core.call(
        "tasks.cancel",
        {
          taskId: checkInAgain.id,
          version: checkInAgain.version,
          reason: "no",
        },
        reviewer,
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});
