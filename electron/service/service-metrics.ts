// The team service's Prometheus metrics (prom-client): the process's own (memory, CPU, event
// loop), each job's runs and failures, request latency, and the queues read from the database when
// scraped (emails by status, mail waiting in Unmatched mail).
import type { Kysely } from "kysely";
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from "prom-client";
import type { Database } from "../core/db/schema";
import type { JobObserver } from "../core/scheduler/schedule-jobs";

/** Under Prometheus's default scrape timeout (10 s). */
const scrapeTimeoutMs = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface ServiceMetrics {
  registry: Registry;
  observeJob: JobObserver;
  observeRequest(route: string, status: number, seconds: number): void;
}

export function serviceMetrics(db: Kysely<Database>): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "cutr_service_" });
  const runs = new Counter({
    name: "cutr_job_runs_total",
    help: "Runs of each scheduled job.",
    labelNames: ["job"],
    registers: [registry],
  });
  const failures = new Counter({
    name: "cutr_job_failures_total",
    help: "Runs of each scheduled job that failed.",
    labelNames: ["job"],
    registers: [registry],
  });
  const jobSeconds = new Histogram({
    name: "cutr_job_duration_seconds",
    help: "How long each run of a scheduled job took.",
    labelNames: ["job"],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [registry],
  });
  const requests = new Histogram({
    name: "cutr_http_request_duration_seconds",
    help: "Latency of the service's HTTP requests.",
    labelNames: ["route", "status"],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  // Read from the database when scraped. A count that fails (the database away) keeps its last
  // value and sets cutr_database_scrape_ok to 0, so the process's own metrics still answer.
  const scrapeOk = new Gauge({
    name: "cutr_database_scrape_ok",
    help: "1 when the last scrape could read the queues from the database, else 0.",
    registers: [registry],
  });
  const counted = async (read: () => Promise<void>) => {
    try {
      await withTimeout(read(), scrapeTimeoutMs);
      scrapeOk.set(1);
    } catch {
      scrapeOk.set(0);
    }
  };
  /** A queue's rows by status, read when scraped (finished rows are not counted). */
  const queueGauge = (
    name: string,
    help: string,
    table: "outbox" | "webhook_deliveries",
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ["status"],
      registers: [registry],
      async collect() {
        await counted(async () => {
          const rows = await db
            .selectFrom(table)
            .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
            .where("status", "in", ["queued", "sending", "failed"])
            .groupBy("status")
            .execute();
          for (const status of ["queued", "sending", "failed"])
            this.set(
              { status },
              Number(rows.find((r) => r.status === status)?.n ?? 0),
            );
        });
      },
    });
  queueGauge("cutr_outbox_emails", "Emails in the outbox by status.", "outbox");
  queueGauge(
    "cutr_webhook_deliveries",
    "Webhook deliveries waiting or given up, by status.",
    "webhook_deliveries",
  );
  new Gauge({
    name: "cutr_mail_unmatched",
    help: "Mails waiting in Unmatched mail for staff.",
    registers: [registry],
    async collect() {
      await counted(async () => {
        const row = await db
          .selectFrom("mail_in")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", "unmatched")
          .executeTakeFirstOrThrow();
        this.set(Number(row.n));
      });
    },
  });
  return {
    registry,
    observeJob(job, { ok, ms }) {
      runs.inc({ job });
      if (!ok) failures.inc({ job });
      jobSeconds.observe({ job }, ms / 1000);
    },
    observeRequest(route, status, seconds) {
      requests.observe({ route, status: String(status) }, seconds);
    },
  };
}
