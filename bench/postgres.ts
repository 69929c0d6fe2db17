// `npm run bench -- --postgres`: the same measurements on PostgreSQL (team mode). The scale
// database is copied by the console's own copy command into a private, durable server; then
// four dispatcher processes assign at once.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { hashPassword } from "../electron/core/auth/passwords";
import { fixedClock } from "../electron/core/clock";
import { openPostgres } from "../electron/core/db/connect-postgres";
import { copyToPostgres } from "../electron/core/db/copy-to-postgres";
import { diskFileStore } from "../electron/core/files/file-store";
import { startCore, type Core } from "../electron/core/start-core";
import { createDatabase } from "../test/fixtures/postgres-databases";
import {
  databaseUrl,
  startPostgresServer,
} from "../test/fixtures/postgres-server";
import type { Outcome } from "../test/fixtures/team-worker";
import type { ChangeBatch } from "../shared/contract";
import { benchPassword, percentile, signInAs, type Metric } from "./measure";

const here = dirname(fileURLToPath(import.meta.url));

export interface TeamBench {
  core: Core;
  url: string;
  close(): Promise<void>;
}

export async function teamCopy(
  local: Core,
  context: {
    now: string;
    metrics: Record<string, Metric>;
    log: Core["services"]["log"];
  },
): Promise<TeamBench> {
  if (local.handle.dialect !== "sqlite") throw new Error("local expected");
  console.log("Starting a PostgreSQL server and copying the scale database…");
  const server = await startPostgresServer({
    durable: true,
    settings: { shared_buffers: "2GB", work_mem: "16MB" },
  });
  await createDatabase(server.adminUrl, "cutr_bench");
  const url = databaseUrl(server.adminUrl, "cutr_bench");
  const target = openPostgres(url);
  const started = performance.now();
  const report = await copyToPostgres(
    local.handle,
    diskFileStore(
      local.services.storage.kind === "local"
        ? local.services.storage.fileStoreDir
        : "",
    ),
    target,
    { now: new Date(context.now) },
  );
  context.metrics.copy_to_postgres_s = {
    value: (performance.now() - started) / 1000,
    unit: "s",
  };
  context.metrics.copied_rows = {
    value: report.tables.reduce((n, t) => n + t.rows, 0),
    unit: "rows",
  };
  // As an operator would after a bulk load: fresh planner statistics.
  await sql`VACUUM ANALYZE`.execute(target.db);
  await target.db
    .updateTable("users")
    .set({ password_hash: await hashPassword(benchPassword) })
    .execute();
  await target.close();
  const core = await startCore({
    databaseFile: ":memory:",
    databaseUrl: url,
    clock: fixedClock(context.now),
    demo: false,
    log: context.log,
  });
  return {
    core,
    url,
    close: async () => {
      await core.close();
      await server.stop();
    },
  };
}

function runWorker(job: object): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(here, "../test/fixtures/team-worker.ts")],
      {
        env: { ...process.env, CUTR_WORKER_JOB: JSON.stringify(job) },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Outcome[])
        : reject(new Error(`dispatcher process exited with ${code}`)),
    );
  });
}

/** Orders each dispatcher assigns, untimed, before the four start together. */
const warmUpOrders = 50;

/**
 * Four dispatcher processes, each assigning its own 100 open orders, all at once. First each assigns
 * 50 others, untimed (the four warm up side by side), as a console that has been at work: a new
 * process compiles its hot code during its first hundred calls, on the same two cores.
 */
export async function measureConcurrentDispatch(
  team: TeamBench,
  metrics: Record<string, Metric>,
  now: string,
): Promise<void> {
  const open = await team.core.services.db
    .selectFrom("orders")
    .select("id")
    .where("status", "=", "open")
    .orderBy("id", "desc")
    .limit(4 * (100 + warmUpOrders))
    .execute();
  const lanes = [0, 1, 2, 3];
  if (open.length < lanes.length * (100 + warmUpOrders))
    throw new Error(
      `The scale database has ${open.length} open orders left, fewer than the four dispatchers need: run \`npm run bench\` without --reuse to seed it anew.`,
    );
  const ordersOf = (list: { id: number }[], lane: number) =>
    list.filter((_, i) => i % lanes.length === lane).map((o) => o.id);
  const warm = open.slice(0, lanes.length * warmUpOrders);
  const timed = open.slice(warm.length);
  const startAt = Date.now() + 12_000;
  const outcomes = (
    await Promise.all(
      lanes.map((lane) =>
        runWorker({
          url: team.url,
          seed: lane + 1,
          now,
          password: benchPassword,
          startAt,
          dispatchOrders: ordersOf(timed, lane),
          warmOrders: ordersOf(warm, lane),
          rateOrders: [],
        }),
      ),
    )
  ).flat();
  const assigned = outcomes.filter((o) => o.kind === "assign" && o.ok);
  metrics.dispatch_assign_4_dispatchers_p95_ms = {
    value: percentile(
      assigned.map((o) => o.ms),
      95,
    ),
    unit: "ms",
    target: "<= 30",
  };
  metrics.dispatch_assign_4_dispatchers_refused = {
    value: outcomes.filter((o) => !o.ok).length,
    unit: "calls",
  };
}

/** The PostgreSQL figures as multiples of the last SQLite run's (bench/results.json). */
export function compareWithSqlite(metrics: Record<string, Metric>): void {
  const file = join(here, "results.json");
  if (!existsSync(file)) {
    console.log(
      "No bench/results.json: run `npm run bench` first to compare with SQLite.",
    );
    return;
  }
  const sqlite = (
    JSON.parse(readFileSync(file, "utf8")) as {
      metrics: Record<string, Metric>;
    }
  ).metrics;
  for (const name of [
    "orders_list_p95_ms",
    "dispatch_candidates_p95_ms",
    "dispatch_assign_p95_ms",
    "review_queue_p95_ms",
    "inbox_p95_ms",
    "search_p95_ms",
    "partner_history_p95_ms",
  ]) {
    const pg = metrics[name];
    const base = sqlite[name];
    if (pg && base && base.value > 0)
      metrics[`${name.replace(/_ms$/, "")}_vs_sqlite`] = {
        value: pg.value / base.value,
        unit: "x",
        target: "<= 3",
      };
  }
}

/** From a change committed in one console to a waiting window of another hearing of it. */
export async function measureLiveUpdates(
  team: TeamBench,
  metrics: Record<string, Metric>,
  now: string,
): Promise<void> {
  const other = await startCore({
    databaseFile: ":memory:",
    databaseUrl: team.url,
    clock: fixedClock(now),
    demo: false,
    log: team.core.services.log,
  });
  const writer = await signInAs(team.core, "dispatcher@cutr.example");
  const watcher = await signInAs(other, "accounts@cutr.example");
  const assigned = await team.core.services.db
    .selectFrom("orders")
    .select("id")
    .where("status", "=", "assigned")
    .orderBy("id", "desc")
    .limit(30)
    .execute();
  const first = await other.call("changes.wait", { after: -1 }, watcher);
  let cursor = first.ok ? (first.value as ChangeBatch).cursor : 0;
  const samples: number[] = [];
  for (const [i, { id }] of assigned.entries()) {
    const heard = other.call(
      "changes.wait",
      { after: cursor, timeoutMs: 5_000 },
      watcher,
    );
    const started = performance.now();
    const changed = await team.core.call(
      "fulfilment.update",
      {
        orderId: id,
        materialArrival: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}`,
      },
      writer,
    );
    if (!changed.ok) throw new Error(changed.error.message);
    const batch = await heard;
    samples.push(performance.now() - started);
    if (batch.ok) cursor = (batch.value as ChangeBatch).cursor;
  }
  await other.close();
  metrics.live_update_p95_ms = {
    value: percentile(samples, 95),
    unit: "ms",
    target: "<= 1000",
  };
}
