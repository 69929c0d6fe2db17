// Four consoles on one team database at once, each dispatching and rating the same orders in its
// own order: every order is assigned exactly once and rated exactly once, every other attempt is
// told CONFLICT (or that the rule no longer allows it), and no partner's rating loses a score.
import { spawn } from "node:child_process";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../../electron/core/start-core";
import { testCore, testNow, testPassword } from "../../fixtures/core";
import { makeOpenOrder, makeOrder, makePartner } from "../../fixtures/builders";
import type { Outcome } from "../../fixtures/team-worker";

let core: Core;
let url: string;
beforeAll(async () => {
  const made = await testCore();
  core = made.core;
  url = made.databaseUrl!;
});
afterAll(() => core.close());

function runWorker(job: object): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "test/fixtures/team-worker.ts"],
      {
        env: { ...process.env, CUTR_WORKER_JOB: JSON.stringify(job) },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Outcome[])
        : reject(new Error(`worker exited with ${code}: ${err}`)),
    );
  });
}

describe("four consoles at once", () => {
  it("assign every order once, rate every order once, and lose no score", async () => {
    const db = core.services.db;
    // Thirty open orders in a region where four able partners (capacity enough for all) work.
    for (let p = 0; p < 4; p++)
      await makePartner(
        db,
        { tier: "highly_rated", rating: 4.7, capacity: 50 },
        { capabilities: ["cnc_cutting", "plywood"], regions: ["NL-FR"] },
      );
    const open: { id: number }[] = [];
    for (let o = 0; o < 30; o++)
      open.push({ id: await makeOpenOrder(db, { region: "NL-FR" }) });
    // Twelve approved orders for each of two partners: ratings of one partner collide. (Without
    // the partner's row lock in recomputePartnerRating, this found a lost score in most runs.)
    const unrated: { id: number }[] = [];
    for (let p = 0; p < 2; p++) {
      const partnerId = await makePartner(db, { tier: "compliant", rating: 4 });
      for (let o = 0; o < 12; o++)
        unrated.push({ id: await makeOrder(db, { partnerId }) });
    }
    const job = {
      url,
      now: testNow,
      password: testPassword,
      dispatchOrders: open.map((o) => o.id),
      rateOrders: unrated.map((o) => o.id),
    };
    const startAt = Date.now() + 6_000;
    const outcomes = (
      await Promise.all(
        [1, 2, 3, 4].map((seed) => runWorker({ ...job, seed, startAt })),
      )
    ).flat();

    // Every refusal is one a user can act on: never a fault of ours.
    const codes = new Set(outcomes.filter((o) => !o.ok).map((o) => o.code));
    for (const code of codes) expect(["CONFLICT", "RULE"]).toContain(code);

    const assignments = await db
      .selectFrom("assignments")
      .select(["order_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("order_id", "in", job.dispatchOrders)
      .where("cancelled_at", "is", null)
      .groupBy("order_id")
      .execute();
    const assigned = outcomes.filter((o) => o.kind === "assign" && o.ok);
    expect(assignments.every((a) => Number(a.n) === 1)).toBe(true);
    expect(new Set(assigned.map((o) => o.orderId)).size).toBe(assigned.length);
    expect(assignments).toHaveLength(assigned.length);

    const ratings = await db
      .selectFrom("ratings")
      .select(["order_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("order_id", "in", job.rateOrders)
      .groupBy("order_id")
      .execute();
    const rated = outcomes.filter((o) => o.kind === "rate" && o.ok);
    expect(ratings).toHaveLength(job.rateOrders.length);
    expect(ratings.every((r) => Number(r.n) === 1)).toBe(true);
    expect(rated).toHaveLength(job.rateOrders.length);

    // Each partner's stored count and average are what all of its scores in the window give.
    const drift = await sql<{ id: number }>`
      SELECT p.id FROM partners p
      JOIN partner_scores s ON s.partner_id = p.id AND s.scored_on >= ${"2024-11-22"}
      WHERE p.id IN (SELECT partner_id FROM ratings WHERE order_id IN (${sql.join(job.rateOrders)}))
      GROUP BY p.id, p.rated_orders, p.rating
      HAVING p.rated_orders <> count(*) OR abs(p.rating - avg(s.score)) > 1e-9`.execute(
      db,
    );
    expect(drift.rows).toEqual([]);
  }, 120_000);
});
