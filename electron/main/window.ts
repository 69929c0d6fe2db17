// The console window, set up as Electron's security checklist asks: sandboxed, isolated, no Node
// in the renderer, no navigation away, no new windows, no permission granted.
import { BrowserWindow, session, shell } from "electron";
import { join } from "node:path";
import { appOrigin } from "./app-protocol";

export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  }) as const;

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler(
    (_contents, _permission, callback) => callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createConsoleWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: "Cutr console",
    show: false,
    webPreferences: secureWebPreferences(join(preloadDir, "index.cjs")),
  });
  window.once("ready-to-show", () => window.show());
  window.webContents.on("will-navigate", (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Only https links leave the app, in the user's browser; nothing opens inside it.
    if (url.startsWith("https://")) void shell.openExternal(url);
    return { action: "deny" };
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
