// `npm run bench`: builds the scale database (200,000 orders, 2,000 partners, ratings for every
// approved order), measures the console's speed and memory, prints a table and writes
// bench/results.json. Pass --reuse to keep an existing scale database instead of seeding anew, and
// --repeat N to run the measuring phases N times: each target is judged by its worst run.
import BetterSqlite3 from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fixedClock } from "../electron/core/clock";
import { scaleSize } from "../electron/core/db/demo/seed";
import { loadPolicy } from "../electron/core/settings/policy";
import { startCore } from "../electron/core/start-core";
import type { CandidatesResult } from "../shared/contract";
import {
  meetsTarget,
  percentile,
  signInAs,
  summariseRuns,
  timeEach,
  type Metric,
  type RepeatedMetric,
} from "./measure";
import { measureBackup } from "./backups";
import { measureDataFiles } from "./data-files";
import { measureIntegration } from "./integration";
import { measureMailIn, measureMessageOut } from "./mail";
import { measureMessages, topUpMessages } from "./messages";
import {
  compareWithSqlite,
  measureConcurrentDispatch,
  measureLiveUpdates,
  teamCopy,
} from "./postgres";
import { listQueries } from "./orders-list-queries";
import { measurePackaging } from "./packaging";
import { measurePackingSlips } from "./packing-slips";
import { measureQuality } from "./quality";
import { candidatesVsScan } from "./ratios/candidates-scan";
import { ordersListVsRaw } from "./ratios/orders-list-raw";
import { measureSearch } from "./search";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const databaseFile = join(here, "scale.sqlite");
const now = "2026-11-22T09:00:00.000Z";
const reuse = process.argv.includes("--reuse") && existsSync(databaseFile);
const metrics: Record<string, Metric> = {};
const quiet = {
  error: (m: string, d?: unknown) => console.error(m, d),
  info: () => undefined,
};

type BenchCore = Awaited<ReturnType<typeof startCore>>;
async function seedScaleDatabase() {
  if (reuse) return;
  for (const suffix of ["", "-wal", "-shm"])
    rmSync(databaseFile + suffix, { force: true });
  console.log(`Seeding ${scaleSize.orders.toLocaleString("en-GB")} orders…`);
  const started = performance.now();
  const core = await startCore({
    databaseFile,
    clock: fixedClock(now),
    demo: true,
    demoSize: scaleSize,
    log: quiet,
  });
  const seconds = (performance.now() - started) / 1000;
  await core.close();
  metrics.seed_orders_per_s = {
    value: Math.round(scaleSize.orders / seconds),
    unit: "orders/s",
    target: ">= 10000",
  };
}

async function measureCore(core: BenchCore) {
  const session = await signInAs(core, "dispatcher@cutr.example");
  const queries = listQueries(450);
  await timeEach(queries.slice(0, 45), (q) =>
    core.call("orders.list", q, session),
  ); // warm the cache
  const samples = await timeEach(queries, async (q) => {
    const result = await core.call("orders.list", q, session);
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.orders_list_p50_ms = {
    value: percentile(samples, 50),
    unit: "ms",
    target: "<= 20",
  };
  metrics.orders_list_p95_ms = {
    value: percentile(samples, 95),
    unit: "ms",
    target: "<= 20",
  };
  await measureRatings(core);
  await measureDispatch(core);
  await measureQuality(core, metrics);
  await measureMessages(core, metrics);
  await measureSearch(core, metrics);
  await measureBackup(core, metrics, queries);
  await measureDataFiles(core, metrics);
  await measureMessageOut(core, metrics);
}

async function measureRatings(core: BenchCore) {
  const session = await signInAs(core, "accounts@cutr.example");
  // Approved orders nobody rated yet (the scale data leaves the last days' approvals unrated).
  const unrated = await core.services.db
    .selectFrom("orders as o")
    .leftJoin("ratings as r", "r.order_id", "o.id")
    .select("o.id")
    .where("o.status", "=", "approved")
    .where("r.id", "is", null)
    .limit(200)
    .execute();
  const factors = {
    quality: 4,
    communication: 5,
    involvement: 4,
    deliveryTime: 3,
    budget: 5,
    customerSatisfaction: 4,
  };
  const records = await timeEach(unrated, async ({ id }) => {
    const result = await core.call(
      "ratings.record",
      { orderId: id, factors },
      session,
    );
    if (!result.ok) throw new Error(result.error.message);
  });
  if (records.length > 0) {
    metrics.rating_record_p95_ms = {
      value: percentile(records, 95),
      unit: "ms",
      target: "<= 10",
    };
  } else {
    console.log(
      "No unrated approved orders left in the scale database: seed it anew to measure rating_record_p95_ms.",
    );
  }
  const partners = Array.from(
    { length: 200 },
    (_, i) => ((i * 7919) % scaleSize.partners) + 1,
  );
  const histories = await timeEach(partners, async (partnerId) => {
    const result = await core.call(
      "partners.scoreHistory",
      { partnerId, bucket: "week" },
      session,
    );
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.partner_history_p95_ms = {
    value: percentile(histories, 95),
    unit: "ms",
    target: "<= 20",
  };
}

async function measureDispatch(core: BenchCore) {
  const session = await signInAs(core, "dispatcher@cutr.example");
  const open = await core.services.db
    .selectFrom("orders")
    .select(["id", "version"])
    .where("status", "=", "open")
    .orderBy("id")
    .limit(200)
    .execute();
  const tops = new Map<number, number>();
  const ranking = await timeEach(open, async ({ id }) => {
    const result = await core.call(
      "dispatch.candidates",
      { orderId: id },
      session,
    );
    if (!result.ok) throw new Error(result.error.message);
    const top = (result.value as CandidatesResult).candidates.find(
      (c) => !c.needsOverride && !c.matchReview,
    );
    if (top) tops.set(id, top.partnerId);
  });
  metrics.dispatch_candidates_p95_ms = {
    value: percentile(ranking, 95),
    unit: "ms",
    target: "<= 10",
  };
  // The same ranking from a scan of every order score in the window: what the aggregates save.
  metrics.candidates_vs_scan = {
    value: await candidatesVsScan(
      (orderId) => core.call("dispatch.candidates", { orderId }, session),
      core.services.db,
      open.slice(0, 30).map((o) => o.id),
      { policy: await loadPolicy(core.services.db), now: new Date(now) },
    ),
    unit: "x",
    target: ">= 20",
  };
  // Assign the top candidate of up to 100 orders; candidates are asked anew (untimed) as load changes.
  const assigns: number[] = [];
  for (const o of open.filter((order) => tops.has(order.id)).slice(0, 100)) {
    const ranking = await core.call(
      "dispatch.candidates",
      { orderId: o.id },
      session,
    );
    const top = ranking.ok
      ? (ranking.value as CandidatesResult).candidates.find(
          (c) => !c.needsOverride && !c.matchReview,
        )
      : undefined;
    if (!top) continue;
    const started = performance.now();
    const result = await core.call(
      "dispatch.assign",
      { orderId: o.id, partnerId: top.partnerId, orderVersion: o.version },
      session,
    );
    assigns.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
  }
  if (assigns.length > 0)
    metrics.dispatch_assign_p95_ms = {
      value: percentile(assigns, 95),
      unit: "ms",
      target: "<= 15",
    };
}

let built = false;

/** Builds the app once per run: a build left from older code would be measured instead. */
function buildOnce() {
  if (built) return;
  built = true;
  const result = spawnSync(
    process.execPath,
    [
      join(root, "node_modules/.bin/electron-vite"),
      "build",
      "--logLevel",
      "warn",
    ],
    { cwd: root, stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("electron-vite build failed");
}

/** Browser mode on `database`, timed from process start to its address printed (ready). */
async function startServer(database: string, env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, "out/main/server.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      CUTR_DB: database,
      CUTR_NOW: now,
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", (code) =>
      reject(new Error(`server exited with ${code}: ${output}`)),
    );
  });
  return { child, origin, readyMs: performance.now() - started };
}

/** What every new user and every test waits for: a new demo database made and the console ready. */
async function measureFirstStart() {
  const folder = mkdtempSync(join(tmpdir(), "cutr-bench-first-start-"));
  try {
    const { child, readyMs } = await startServer(join(folder, "cutr.sqlite"), {
      CUTR_TOKEN: "bench-token",
      CUTR_DAILY_BACKUP: "0",
    });
    child.kill("SIGTERM");
    metrics.first_start_demo_ms = {
      value: readyMs,
      unit: "ms",
      target: "<= 1500",
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function residentMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

async function measureServer() {
  buildOnce();
  await measureFirstStart();
  const token = "bench-token";
  const { child, origin, readyMs } = await startServer(databaseFile, {
    CUTR_TOKEN: token,
    CUTR_DEMO: "0",
    // The daily backup would run beside the measured requests; backup_ms measures it alone.
    CUTR_DAILY_BACKUP: "0",
  });
  metrics.server_ready_ms = {
    value: readyMs,
    unit: "ms",
    target: "<= 1500",
  };

  const post = async (method: string, body: unknown, session?: string) => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${token}`,
        ...(session ? { "X-Cutr-Session": session } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      ok: boolean;
      value?: { session: string };
    };
  };
  const session = (
    await post("auth.signIn", { email: "dispatcher@cutr.example" })
  ).value?.session;
  const roundtrips = await timeEach(Array.from({ length: 300 }), () =>
    post("auth.me", {}, session),
  );
  metrics.api_roundtrip_p50_ms = {
    value: percentile(roundtrips.slice(50), 50),
    unit: "ms",
  };
  const pages = await timeEach(listQueries(90), (q) =>
    post("orders.list", q, session),
  );
  metrics.orders_list_http_p95_ms = {
    value: percentile(pages, 95),
    unit: "ms",
  };
  // The same pages as one prepared statement each, on a connection of the bench's own.
  const raw = new BetterSqlite3(databaseFile, { readonly: true });
  metrics.orders_list_vs_raw = {
    value: await ordersListVsRaw(
      (q) => post("orders.list", q, session),
      raw,
      20,
    ),
    unit: "x",
    target: "<= 3",
  };
  raw.close();
  metrics.rss_mb = {
    value: residentMb(child.pid),
    unit: "MB",
    target: "<= 250",
  };
  // 10,000 requests of the same mix, twice: the first brings the caches to their steady size
  // (SQLite's 16 MiB page cache fills as the list touches more pages); what the second leaves
  // behind is growth no cache explains (a leak would show here).
  const mix = listQueries(50);
  const tenThousandRequests = async () => {
    for (let i = 0; i < 10_000; i++)
      await (i % 4 === 0
        ? post("orders.list", mix[i % mix.length], session)
        : post("auth.me", {}, session));
  };
  await tenThousandRequests();
  const steady = residentMb(child.pid);
  await tenThousandRequests();
  metrics.rss_growth_mb = {
    value: residentMb(child.pid) - steady,
    unit: "MB",
    target: "<= 20",
  };
  child.kill("SIGTERM");
}

/** The table: `value` is the worst run where there is a target (the median otherwise). */
function report(
  summary: Record<string, Metric | RepeatedMetric>,
  file: string,
) {
  const figure = (value: number) => value.toFixed(value < 100 ? 2 : 0);
  const heading = ["metric", "value", "median", "unit", "target", ""];
  const rows = Object.entries(summary).map(([name, m]) => {
    const ok = meetsTarget(m);
    return [
      name,
      figure(m.value),
      "runs" in m && m.runs.length > 1 ? figure(m.median) : "",
      m.unit,
      m.target ?? "",
      ok === null ? "" : ok ? "ok" : "MISSED",
    ];
  });
  const widths = heading.map((_, i) =>
    Math.max(...[heading, ...rows].map((r) => String(r[i]).length)),
  );
  const line = (r: (string | number)[]) =>
    r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join("  ");
  console.log(
    `\n${line(heading)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`,
  );
  for (const r of rows) console.log(line(r));
  mkdirSync(here, { recursive: true });
  const round = (value: number) => Math.round(value * 100) / 100;
  const rounded = Object.fromEntries(
    Object.entries(summary).map(([k, m]) => [
      k,
      "runs" in m
        ? {
            ...m,
            value: round(m.value),
            median: round(m.median),
            runs: m.runs.map(round),
          }
        : { ...m, value: round(m.value) },
    ]),
  );
  writeFileSync(
    join(here, file),
    `${JSON.stringify({ metrics: rounded, measuredAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`\nWritten to bench/${file}`);
}

/** `--repeat N`: the measuring phases N times on the same scale database. */
function repeatCount(): number {
  const at = process.argv.indexOf("--repeat");
  if (at === -1) return 1;
  const count = Number(process.argv[at + 1]);
  if (!Number.isInteger(count) || count < 1 || count > 10)
    throw new Error("--repeat takes a number of runs from 1 to 10.");
  return count;
}

/** Runs `measure` `repeat` times, each on an empty `metrics`, and returns each run's metrics. */
async function repeatedRuns(
  repeat: number,
  measure: () => Promise<void>,
): Promise<Record<string, Metric>[]> {
  const before = { ...metrics };
  const runs: Record<string, Metric>[] = [before];
  for (let run = 1; run <= repeat; run++) {
    for (const name of Object.keys(metrics)) delete metrics[name];
    if (repeat > 1) console.log(`\nRun ${run} of ${repeat}`);
    await measure();
    runs.push({ ...metrics });
  }
  return runs;
}

const repeat = repeatCount();
await seedScaleDatabase();
const openScale = () =>
  startCore({
    databaseFile,
    clock: fixedClock(now),
    demo: false,
    log: quiet,
  });
if (process.argv.includes("--postgres")) {
  // Team mode: the same scale data, copied once into a PostgreSQL server of the bench's own.
  const local = await openScale();
  topUpMessages(local);
  const team = await teamCopy(local, { now, metrics, log: quiet });
  buildOnce();
  const summary = summariseRuns(
    await repeatedRuns(repeat, async () => {
      await measureCore(team.core);
      await measureConcurrentDispatch(team, metrics, now);
      await measureLiveUpdates(team, metrics, now);
      await measureIntegration(team.core, metrics, {
        root,
        databaseUrl: team.url,
      });
    }),
  );
  compareWithSqlite(summary);
  await team.close();
  await local.close();
  report(summary, "results-postgres.json");
} else {
  const summary = summariseRuns(
    await repeatedRuns(repeat, async () => {
      const local = await openScale();
      await measureCore(local);
      await measureIntegration(local, metrics, { root });
      await local.close();
      buildOnce();
      await measurePackingSlips(metrics, join(root, "out/main/slip-worker.js"));
      await measureMailIn(now, metrics);
      await measureServer();
      measurePackaging(metrics);
    }),
  );
  report(summary, "results.json");
}
