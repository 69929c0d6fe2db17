// The core behind the desktop window, started while the window already loads (index.ts imports this
// file only then, so the window does not wait for the core's code to load): the database beside the
// user's data, or the team's PostgreSQL server; the jobs; and what to tell the user when it fails.
import { app, dialog, safeStorage } from "electron";
import { dirname } from "node:path";
import { requestRestore } from "../core/backups/restore";
import { clockFromEnvironment } from "../core/clock";
import type { Logger } from "../core/context";
import { DatabaseUnusableError } from "../core/db/check-database";
import { scheduleJobs } from "../core/scheduler/schedule-jobs";
import { fileSecretStore } from "../core/secrets/secret-store";
import { teamDatabaseUrl } from "../core/settings/team-database";
import { startCore, type Core } from "../core/start-core";

export async function startConsoleCore(
  databaseFile: string,
  log: Logger,
): Promise<Core> {
  const cipher = safeStorage.isEncryptionAvailable()
    ? {
        encrypt: (plain: string) => safeStorage.encryptString(plain),
        decrypt: (sealed: Buffer) => safeStorage.decryptString(sealed),
      }
    : undefined;
  const core = await startCore({
    databaseFile,
    // Team mode: the shared PostgreSQL server (README, "Run a team"), from the environment or
    // as saved under Settings → Team database.
    databaseUrl: teamDatabaseUrl(
      process.env.CUTR_DATABASE_URL,
      fileSecretStore(dirname(databaseFile), cipher),
    ),
    log,
    clock: clockFromEnvironment(process.env.CUTR_NOW),
    demo: process.env.CUTR_DEMO !== "0",
    cipher,
  });
  scheduleJobs(core.services);
  return core;
}

/** Why the console could not start, and the newest backup to restore when its file is unusable. */
export async function explainStartFailure(error: unknown): Promise<void> {
  const newest =
    error instanceof DatabaseUnusableError ? error.backups[0] : undefined;
  if (error instanceof DatabaseUnusableError && newest) {
    const choice = await dialog.showMessageBox({
      type: "error",
      title: "The Cutr console could not start",
      message: error.message,
      buttons: ["Quit", `Restore ${newest}`],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice.response === 1) {
      // The unreadable file is moved aside, never overwritten, at the next start.
      await requestRestore(error.file, newest);
      app.relaunch();
    }
  } else
    dialog.showErrorBox(
      "The Cutr console could not start",
      error instanceof Error ? error.message : String(error),
    );
}
