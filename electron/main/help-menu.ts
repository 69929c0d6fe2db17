// Help in the menu bar: "Copy diagnostics" (core/support/diagnostics.ts: version, platform, database
// size, the log's last errors, never a secret or message text) and "Open log folder".
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  shell,
  type MenuItemConstructorOptions,
} from "electron";
import { release } from "node:os";
import type { Core } from "../core/start-core";

export function helpMenu(
  core: () => Core | null,
  logDir: string,
): MenuItemConstructorOptions {
  const copyDiagnostics = async () => {
    const { diagnosticsText } = await import("../core/support/diagnostics");
    // Before the core has started (or when it could not), the rest still helps: the log's errors.
    const text = await diagnosticsText(core()?.services ?? null, {
      version: app.getVersion(),
      runtime: `Electron ${process.versions.electron} (Node ${process.versions.node}, Chromium ${process.versions.chrome})`,
      platform: `${process.platform} ${release()} ${process.arch}`,
      logDir,
      moreSecrets: [
        process.env.CUTR_DATABASE_URL,
        process.env.CUTR_API_KEY_PEPPER,
        process.env.CUTR_TOKEN,
      ],
    });
    clipboard.writeText(text);
    const window = BrowserWindow.getFocusedWindow();
    const message = {
      type: "info" as const,
      message: "Diagnostics copied to the clipboard",
      detail: text,
    };
    await (window
      ? dialog.showMessageBox(window, message)
      : dialog.showMessageBox(message));
  };
  return {
    role: "help",
    submenu: [
      {
        label: "Copy diagnostics",
        click: () => {
          copyDiagnostics().catch((error: unknown) =>
            dialog.showErrorBox(
              "Diagnostics could not be copied",
              error instanceof Error ? error.message : String(error),
            ),
          );
        },
      },
      {
        label: "Open log folder",
        click: () => void shell.openPath(logDir),
      },
    ],
  };
}
