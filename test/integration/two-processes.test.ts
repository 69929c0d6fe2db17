// Two browser-mode servers (two processes) on one database file, two dispatchers racing to assign
// the same open orders over HTTP: exactly one wins each order.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CandidatesResult, OrderRow, Page } from "../../shared/contract";
import {
  post,
  signInOver,
  startServerProcess,
} from "../fixtures/server-process";

const folder = mkdtempSync(join(tmpdir(), "cutr-processes-"));
const children: ChildProcess[] = [];

async function startServer(demo: boolean): Promise<string> {
  const server = await startServerProcess(join(folder, "cutr.sqlite"), {
    demo,
  });
  children.push(server.child);
  return server.origin;
}

let first: string;
let second: string;
beforeAll(async () => {
  first = await startServer(true);
  second = await startServer(false);
}, 60_000);
afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
});

describe("two processes on one database file", () => {
  it("let exactly one dispatcher win each order", async () => {
    const signIn = signInOver;
    const a = await signIn(first, "dispatcher@cutr.example");
    const b = await signIn(second, "dispatcher2@cutr.example");
    const open = await post<Page<OrderRow>>(
      first,
      "orders.list",
      { filter: { status: ["open"] }, limit: 40 },
      a,
    );
    if (!open.ok) throw new Error(open.error.message);
    let orders = 0;
    for (const order of open.value.rows) {
      const ranking = await post<CandidatesResult>(
        first,
        "dispatch.candidates",
        { orderId: order.id },
        a,
      );
      if (!ranking.ok) throw new Error(ranking.error.message);
      const top = ranking.value.candidates.find(
        (c) => !c.needsOverride && !c.matchReview,
      );
      if (!top) continue;
      const input = {
        orderId: order.id,
        partnerId: top.partnerId,
        orderVersion: ranking.value.order.version,
      };
      const results = await Promise.all([
        post(first, "dispatch.assign", input, a),
        post(second, "dispatch.assign", input, b),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const loser = results.find((r) => !r.ok);
      expect(loser && !loser.ok && loser.error.code).toBe("CONFLICT");
      orders++;
    }
    expect(orders).toBeGreaterThan(5);
  }, 60_000);
});
