// The team service (`npm run serve`): the console's core without a window, for a team's server.
// It runs the scheduled jobs, the outbox sender and the mailbox reader beside any number of
// consoles (each job claims its rows in the database, so none is done twice), answers /healthz,
// /readyz and /metrics on PORT, logs JSON lines, and on SIGTERM finishes the job under way and
// exits. It serves the integration API under /integration/v1. Variables: CUTR_DATABASE_URL
// (required), PORT (8080), CUTR_SMTP_PASSWORD, CUTR_IMAP_PASSWORD and CUTR_API_KEY_PEPPER (at
// least 32 characters; without it the integration API is off), each also as _FILE naming a file
// that holds it (Docker secrets), CUTR_API_RATE_PER_MINUTE (600 requests a key),
// CUTR_WEBHOOK_ALLOW_PRIVATE (true: webhooks may go to private addresses) and CUTR_NOW (tests).
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { clockFromEnvironment } from "../core/clock";
import { scheduleJobs } from "../core/scheduler/schedule-jobs";
import {
  environmentSecretStore,
  environmentValue,
} from "../core/secrets/environment-secret-store";
import {
  noteServiceAlive,
  type Heartbeat,
} from "../core/team-service/service-status";
import { pepperSecret, usablePepper } from "../core/integrations/pepper";
import { startCore } from "../core/start-core";
import { jsonLogger } from "./json-logger";
import { serviceMetrics } from "./service-metrics";
import { integrationApiHandler } from "./integration-http";
import { createServiceServer } from "./service-http";

const heartbeatMs = 60_000;
/** Under compose's stop_grace_period (60 s): a job that takes longer is left for the next run. */
const stopWithinMs = 45_000;

/** package.json's version: beside out/ in the image and the checkout (npm sets it only under npm). */
function packageVersion(): string {
  try {
    const file = fileURLToPath(new URL("../../package.json", import.meta.url));
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string })
      .version;
  } catch {
    return process.env.npm_package_version ?? "unknown";
  }
}

async function main() {
  const log = jsonLogger();
  // Before anything slow: as PID 1 in a container, a signal without a handler is ignored.
  let stop: (signal: string) => Promise<void> = async () => process.exit(0);
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
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
  if (core.services.secrets.get(pepperSecret) !== null)
    // Notes the pepper's fingerprint on a new database; says so when keys were made with another.
    await usablePepper(db, core.services.secrets, clock.now()).catch(
      (error: unknown) =>
        log.error(
          "CUTR_API_KEY_PEPPER is not the pepper this database's keys were made with: no key will verify",
          error,
        ),
    );
  const metrics = serviceMetrics(db);
  let accepting = true;
  const heartbeat: Heartbeat = {
    host: hostname(),
    pid: process.pid,
    version: packageVersion(),
    startedAt: clock.now().toISOString(),
    seenAt: clock.now().toISOString(),
    lastWorkedAt: null,
    stoppedAt: null,
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
    integration: integrationApiHandler(core.services, {
      requestsPerMinute: Number(process.env.CUTR_API_RATE_PER_MINUTE ?? 600),
      version: packageVersion(),
    }),
  });
  server.on("error", (error) => {
    log.error(`the service cannot listen on port ${port}`, error);
    process.exit(1);
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
      integrationApi: core.services.secrets.get(pepperSecret) !== null,
    });
  });
  noteAlive();
  const alive = setInterval(noteAlive, heartbeatMs);
  const jobs = scheduleJobs(
    core.services,
    {
      dailyBackup: false,
      webhookPollMs: 1_000,
      allowPrivateWebhookReceivers:
        process.env.CUTR_WEBHOOK_ALLOW_PRIVATE === "true",
    },
    (job, outcome) => {
      metrics.observeJob(job, outcome);
      if (!outcome.ok) return;
      heartbeat.lastWorkedAt = clock.now().toISOString();
      noteAlive();
    },
  );

  let stopping = false;
  stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    accepting = false;
    log.info("stopping: finishing the job under way", { signal });
    clearInterval(alive);
    const finished = await Promise.race([
      jobs.stop().then(() => true),
      new Promise<false>((resolve) =>
        setTimeout(() => resolve(false), stopWithinMs).unref(),
      ),
    ]);
    if (!finished) {
      // Its claims go stale and another service or console takes the work over.
      log.error(
        `the job under way did not finish within ${stopWithinMs / 1000} s; stopping anyway`,
      );
      process.exit(1);
    }
    heartbeat.stoppedAt = clock.now().toISOString();
    await noteServiceAlive(db, heartbeat, clock.now()).catch(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    await core.close();
    log.info("stopped");
    process.exit(0);
  };
}

main().catch((error: unknown) => {
  jsonLogger().error("the team service could not start", error);
  process.exit(1);
});
