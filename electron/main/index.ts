// The Electron shell: one window on the console, the core in this process, nothing else.
import { app, BrowserWindow, dialog, Menu, safeStorage } from "electron";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clockFromEnvironment } from "../core/clock";
import { scheduleJobs } from "../core/scheduler/schedule-jobs";
import { requestRestore } from "../core/backups/restore";
import { DatabaseUnusableError } from "../core/db/check-database";
import { consoleLogger } from "../core/context";
import { fileLogger } from "../core/logging/file-logger";
import { fileSecretStore } from "../core/secrets/secret-store";
import { teamDatabaseUrl } from "../core/settings/team-database";
import { startCore, type Core } from "../core/start-core";
import { registerAppScheme, serveRenderer } from "./app-protocol";
import { helpMenu } from "./help-menu";
import { registerIpc } from "./ipc";
import { startAutoUpdates } from "./updates/auto-updates";
import { createConsoleWindow, hardenSession } from "./window";

const here = dirname(fileURLToPath(import.meta.url));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: Core | null = null;

  app.on("second-instance", () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on("web-contents-created", (_event, contents) => {
    contents.on("will-attach-webview", (event) => event.preventDefault());
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession();
      const databaseFile =
        process.env.CUTR_DB || join(app.getPath("userData"), "cutr.sqlite");
      const logDir = join(dirname(databaseFile), "logs");
      Menu.setApplicationMenu(
        Menu.buildFromTemplate([
          { role: "fileMenu" },
          { role: "editMenu" },
          { role: "viewMenu" },
          { role: "windowMenu" },
          helpMenu(() => core, logDir),
        ]),
      );
      const log = fileLogger(logDir, consoleLogger);
      const cipher = safeStorage.isEncryptionAvailable()
        ? {
            encrypt: (plain: string) => safeStorage.encryptString(plain),
            decrypt: (sealed: Buffer) => safeStorage.decryptString(sealed),
          }
        : undefined;
      core = await startCore({
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
      registerIpc(core);
      serveRenderer(join(here, "..", "renderer"));
      createConsoleWindow(join(here, "..", "preload"));
      scheduleJobs(core.services);
      // After the window: an update found at start is told to it.
      startAutoUpdates(log);
    })
    .catch(async (error: unknown) => {
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
      app.exit(1);
    });

  app.on("window-all-closed", () => {
    void core?.close().finally(() => app.quit());
  });
}
