// The packaged console's updates (update-flow.ts decides), wired to electron-updater and the window:
// each state goes to the page as an "update" event, "Restart to update" comes back over IPC. A
// console run from a checkout (not packaged) or with CUTR_UPDATES=0 checks nothing.
import { app, BrowserWindow, ipcMain } from "electron";
import type { Logger } from "../../core/context";
import type { UpdateState } from "../../../shared/update-state";
import { fromOurPage, refusedCall as refused } from "../security-rules";
import type { UpdateFlow } from "./update-flow";

export function startAutoUpdates(log: Logger): void {
  let flow: UpdateFlow | null = null;
  ipcMain.handle("cutr:restartToUpdate", (event) =>
    fromOurPage(event)
      ? { ok: true, value: { restarting: flow?.restartToUpdate() ?? false } }
      : refused,
  );
  ipcMain.handle("cutr:updateState", (event) =>
    fromOurPage(event)
      ? {
          ok: true,
          value: flow?.state() ?? ({ status: "idle" } satisfies UpdateState),
        }
      : refused,
  );
  if (!app.isPackaged || process.env.CUTR_UPDATES === "0") return;

  // Loaded after the window opens: electron-updater and semver add a tenth of a second to a start.
  void Promise.all([import("electron-updater"), import("./update-flow")])
    .then(([{ default: electronUpdater }, { startUpdateFlow }]) => {
      const { autoUpdater } = electronUpdater;
      autoUpdater.logger = null;
      flow = startUpdateFlow({
        updater: autoUpdater,
        currentVersion: app.getVersion(),
        now: () => new Date(),
        every: (ms, check) => void setInterval(check, ms).unref(),
        onState: (state) => {
          for (const window of BrowserWindow.getAllWindows())
            window.webContents.send("cutr:event", {
              type: "update",
              payload: state,
            });
        },
        log,
      });
    })
    .catch((error: unknown) => log.error("Updates could not start.", error));
}
