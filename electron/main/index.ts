// The Electron shell: one window on the console, the core in this process, nothing else. The window
// opens first and the core starts while it loads: its calls wait for the core (ipc.ts), and the
// core's code is loaded only then, so nobody looks at an empty desktop while it starts.
import { app, BrowserWindow, dialog, Menu } from "electron";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { consoleLogger } from "../core/context";
import { fileLogger } from "../core/logging/file-logger";
import type { Core } from "../core/start-core";
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
  /** The core's start, once begun: quitting waits for it, then closes the database. */
  let ready: Promise<Core> | null = null;
  let closed = false;

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
      const starting = import("./start-console-core");
      ready = starting.then(({ startConsoleCore }) =>
        startConsoleCore(databaseFile, log),
      );
      registerIpc(ready);
      // Its answers reach the window once that is open; an update found is told to it.
      startAutoUpdates(log);
      serveRenderer(join(here, "..", "renderer"));
      createConsoleWindow(join(here, "..", "preload"));
      try {
        core = await ready;
      } catch (error) {
        await (await starting).explainStartFailure(error);
        app.exit(1);
      }
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        "The Cutr console could not start",
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });

  app.on("window-all-closed", () => app.quit());
  // Every way out (the last window, Quit, "Restart to update") closes the core first; a start still
  // under way (a migration, its copy beforehand) is finished rather than cut off.
  app.on("before-quit", (event) => {
    if (closed || !ready) return;
    event.preventDefault();
    closed = true;
    void ready
      .then(
        (started) => started.close(),
        () => undefined,
      )
      .finally(() => app.quit());
  });
}
