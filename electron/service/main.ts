// The team service (`npm run serve`): the console's core without a window, for a team's server.
// It runs the scheduled jobs, the outbox sender and the mailbox reader beside any number of
// consoles (each job claims its rows in the database, so none is done twice), answers /healthz,
// /readyz and /metrics on PORT, logs JSON lines, and on SIGTERM finishes the job under way and
// exits. Variables: CUTR_DATABASE_URL (required), PORT (8080), CUTR_SMTP_PASSWORD and
// CUTR_IMAP_PASSWORD, each also as _FILE naming a file that holds it (Docker secrets), and
// CUTR_NOW (tests only).
import { hostname } from "node:os";
import { clockFromEnvironment } from "../core/clock";
import { scheduleJobs } from "../core/scheduler/schedule-jobs";
import {
  environmentSecretStore,
  environmentValue,
} from "../core/secrets/environment-secret-store";
import {
  noteServiceAlive,
  type Heartbeat,
} from "../core/service/service-status";
import { startCore } from "../core/start-core";
import { jsonLogger } from "./json-logger";
import { serviceMetrics } from "./service-metrics";
import { createServiceServer } from "./service-http";

const version = process.env.npm_package_version ?? "0.1.0";
const heartbeatMs = 60_000;

async function main() {
  const log = jsonLogger();
  const url = environmentValue("CUTR_DATABASE_URL");
  if (!url) {
    log.error(
      "Neither CUTR_DATABASE_URL nor CUTR_DATABASE_URL_FILE is set: the team service works on the team's PostgreSQL database (postgres://user:password@host/database).",
    );
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    log.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
  }
  const clock = clockFromEnvironment(process.env.CUTR_NOW);
  const core = await startCore({
    databaseFile: ":memory:",
    databaseUrl: url,
    clock,
    demo: false,
    log,
    secrets: environmentSecretStore(),
  });
  const { db } = core.services;
  const metrics = serviceMetrics(db);
  let accepting = true;
  const heartbeat: Heartbeat = {
    host: hostname(),
    pid: process.pid,
    version,
    startedAt: clock.now().toISOString(),
    seenAt: clock.now().toISOString(),
    lastWorkedAt: null,
  };
  const noteAlive = () => {
    heartbeat.seenAt = clock.now().toISOString();
    noteServiceAlive(db, heartbeat, clock.now()).catch((error: unknown) =>
      log.error("noting the service alive failed", error),
    );
  };
  const server = createServiceServer({
    db,
    metrics,
    accepting: () => accepting,
  });
  server.listen(port, () => {
    const address = server.address();
    const actualPort =
      typeof address === "object" && address ? address.port : port;
    log.info("team service ready", {
      database:
        core.services.storage.kind === "team"
          ? core.services.storage.label
          : null,
      port: actualPort,
      smtpPassword: core.services.secrets.get("smtp.password") !== null,
      imapPassword: core.services.secrets.get("imap.password") !== null,
    });
  });
  noteAlive();
  const alive = setInterval(noteAlive, heartbeatMs);
  const jobs = scheduleJobs(
    core.services,
    { dailyBackup: false },
    (job, outcome) => {
      metrics.observeJob(job, outcome);
      if (!outcome.ok) return;
      heartbeat.lastWorkedAt = clock.now().toISOString();
      noteAlive();
    },
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    accepting = false;
    log.info("stopping: finishing the job under way", { signal });
    clearInterval(alive);
    await jobs.stop();
    await new Promise((resolve) => server.close(resolve));
    await core.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  jsonLogger().error("the team service could not start", error);
  process.exit(1);
});
