// Two browser-mode servers (two processes) on one database file, two dispatchers racing to assign
// the same open orders over HTTP: exactly one wins each order.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CandidatesResult, OrderRow, Page } from "../../shared/contract";
import type { Envelope } from "../../shared/errors";

const token = "race-token";
const folder = mkdtempSync(join(tmpdir(), "cutr-processes-"));
const children: ChildProcess[] = [];

function startServer(demo: boolean): Promise<string> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "electron/server/main.ts"],
    {
      env: {
        ...process.env,
        PORT: "0",
        CUTR_DB: join(folder, "cutr.sqlite"),
        CUTR_TOKEN: token,
        CUTR_NOW: "2026-11-22T09:00:00Z",
        CUTR_DEMO: demo ? "1" : "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) =>
      reject(new Error(`server exited with ${code}: ${output}`)),
    );
  });
}

async function post<T>(
  origin: string,
  method: string,
  input: unknown,
  session?: string,
): Promise<Envelope<T>> {
  const response = await fetch(`${origin}/api/${method}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${token}`,
      ...(session ? { "X-Cutr-Session": session } : {}),
    },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Envelope<T>;
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
    const signIn = async (origin: string, email: string) => {
      const result = await post<{ session: string }>(origin, "auth.signIn", {
        email,
      });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.session;
    };
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
