// Live updates between consoles on one team server: a change made in one console reaches a
// window of another through LISTEN/NOTIFY and the changes.wait long poll.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../../electron/core/start-core";
import type { ChangeBatch } from "../../../shared/contract";
import { assignedOrder } from "../../fixtures/assigned-order";
import { secondConsole, signIn, testCore, valueOf } from "../../fixtures/core";

let first: Core;
let second: Core;
beforeEach(async () => {
  const made = await testCore();
  first = made.core;
  second = await secondConsole(made.databaseUrl!);
});
afterEach(async () => {
  await second.close();
  await first.close();
});

/** Waits until a change of that table and order has arrived, and returns everything heard until then. */
async function waitFor(
  core: Core,
  session: string,
  after: number,
  seen: (batch: ChangeBatch) => boolean,
): Promise<ChangeBatch> {
  const heard: ChangeBatch = { cursor: after, changes: [], live: true };
  for (let round = 0; round < 20 && !seen(heard); round++) {
    const batch = await wait(core, session, heard.cursor, 1_000);
    heard.cursor = batch.cursor;
    heard.changes.push(...batch.changes);
  }
  return heard;
}

const wait = async (
  core: Core,
  session: string,
  after: number,
  timeoutMs = 5_000,
) =>
  valueOf<ChangeBatch>(
    await core.call("changes.wait", { after, timeoutMs }, session),
  );

describe("live updates in team mode", () => {
  it("tells a window of another console which order changed, as soon as the change commits", async () => {
    const dispatcher = await signIn(first, "dispatcher@cutr.example");
    const watcher = await signIn(second, "accounts@cutr.example");
    const start = await wait(second, watcher, -1);
    expect(start.live).toBe(true);

    let orderId = 0;
    const waiting = waitFor(second, watcher, start.cursor, (b) =>
      b.changes.some((c) => c.kind === "order" && c.id === orderId),
    );
    ({ orderId } = await assignedOrder(first, dispatcher));
    const batch = await waiting;
    expect(batch.cursor).toBeGreaterThan(start.cursor);
    expect(batch.changes).toContainEqual(
      expect.objectContaining({ kind: "order", id: orderId }),
    );

    // The next change is news again; nothing already seen is repeated.
    const next = waitFor(second, watcher, batch.cursor, (b) =>
      b.changes.some((c) => c.table === "fulfilment" && c.id === orderId),
    );
    valueOf(
      await first.call(
        "fulfilment.update",
        { orderId, materialArrival: "2026-11-30" },
        dispatcher,
      ),
    );
    const later = await next;
    expect(later.changes.every((c) => c.seq > batch.cursor)).toBe(true);
    expect(later.changes).toContainEqual(
      expect.objectContaining({ table: "fulfilment", id: orderId }),
    );
  });

  it("answers an idle wait when its time is up, with nothing", async () => {
    const watcher = await signIn(second, "accounts@cutr.example");
    const { cursor } = await wait(second, watcher, -1);
    const idle = await wait(second, watcher, cursor, 200);
    expect(idle).toEqual({ cursor, changes: [], live: true });
  });
});
