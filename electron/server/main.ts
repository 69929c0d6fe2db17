// Browser mode: the console's core and renderer over HTTP on 127.0.0.1, for tests and machines
// without Electron. Variables: PORT, CUTR_TOKEN, CUTR_DB, CUTR_DATABASE_URL, CUTR_DEMO, CUTR_NOW,
// CUTR_DAILY_BACKUP, CUTR_RESTORE (see README).
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clockFromEnvironment } from "../core/clock";
import { requestRestore } from "../core/backups/restore";
import { DatabaseUnusableError } from "../core/db/check-database";
import { DatabaseTooNewError } from "../core/db/migrate";
import { DatabaseUrlError } from "../core/db/connect-postgres";
import { DatabaseUnreachableError } from "../core/db/postgres-errors";
import { AppError } from "../core/errors";
import { scheduleJobs } from "../core/scheduler/schedule-jobs";
import { consoleLogger } from "../core/context";
import { fileLogger } from "../core/logging/file-logger";
import { startCore } from "../core/start-core";
import { fileSecretStore } from "../core/secrets/secret-store";
import { teamDatabaseUrl } from "../core/settings/team-database";
import { defaultDataFolder } from "./data-folder";
import { createBrowserServer } from "./http-server";

async function main() {
  const started = performance.now();
  const port = Number(process.env.PORT ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  const token = process.env.CUTR_TOKEN || randomBytes(24).toString("base64url");
  const databaseFile =
    process.env.CUTR_DB || join(defaultDataFolder(), "cutr.sqlite");
  // CUTR_RESTORE=<backup name>: restore that backup now (the current file is kept aside first).
  if (process.env.CUTR_RESTORE) {
    await requestRestore(databaseFile, process.env.CUTR_RESTORE);
    console.log(
      `[cutr] Restoring backup ${process.env.CUTR_RESTORE}; the current file is kept aside first.`,
    );
  }
  const log = fileLogger(join(dirname(databaseFile), "logs"), consoleLogger);
  // Team mode: the environment's server, else the one saved under Settings → Team database.
  const databaseUrl = teamDatabaseUrl(
    process.env.CUTR_DATABASE_URL,
    fileSecretStore(dirname(databaseFile)),
  );
  const core = await startCore({
    log,
    databaseFile,
    databaseUrl,
    clock: clockFromEnvironment(process.env.CUTR_NOW),
    demo: process.env.CUTR_DEMO !== "0",
  });
  const rendererDir = join(
    dirname(fileURLToPath(import.meta.url)),
    "..",
    "renderer",
  );
  const server = createBrowserServer({
    core,
    token,
    rendererDir,
    log: (m) => console.error(`[cutr] ${m}`),
  });
  server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    const actualPort =
      typeof address === "object" && address ? address.port : port;
    console.log(
      `[cutr] database: ${core.services.storage.kind === "team" ? `${core.services.storage.label} (team mode)` : databaseFile}${core.seeded ? " (new, filled with demo data)" : ""}`,
    );
    console.log(
      `[cutr] ready in ${Math.round(performance.now() - started)} ms`,
    );
    console.log(
      `[cutr] Cutr console (browser mode): http://127.0.0.1:${actualPort}/?token=${token}`,
    );
    // After the server is ready: the refresh reads every partner and must not delay the start.
    scheduleJobs(core.services, {
      dailyBackup: process.env.CUTR_DAILY_BACKUP !== "0",
    });
  });
  const stop = () => {
    server.close();
    void core.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (
    error instanceof DatabaseTooNewError ||
    error instanceof DatabaseUnusableError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof DatabaseUrlError ||
    error instanceof AppError
  )
    console.error(`[cutr] ${error.message}`);
  else console.error("[cutr] could not start:", error);
  process.exit(1);
});
