// The console window, set up as Electron's security checklist asks: sandboxed, isolated, no Node
// in the renderer, no navigation away, no new windows, no permission granted.
import { BrowserWindow, session } from "electron";
import windowStateKeeper from "electron-window-state";
import { join } from "node:path";
import { appOrigin, isOwnPage, secureWebPreferences } from "./security-rules";
import { openLinkOnConfirm } from "./external-links";

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler(
    (_contents, _permission, callback) => callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createConsoleWindow(preloadDir: string): BrowserWindow {
  // Size, position and maximised state as the user left them (on a screen that still exists).
  const state = windowStateKeeper({ defaultWidth: 1440, defaultHeight: 900 });
  // Electronegativity cannot read webPreferences built by a function. secureWebPreferences sets
  // sandbox, contextIsolation and no Node integration (test/unit/electron-security.test.ts), and a
  // middle click (Auxclick) opens no window: the window-open handler below denies every one.
  const options = {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 1024,
    minHeight: 640,
    title: "Cutr console",
    show: false,
    webPreferences: secureWebPreferences(join(preloadDir, "index.cjs")),
  };
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  state.manage(window);
  window.once("ready-to-show", () => window.show());
  window.webContents.on("will-navigate", (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Only https links leave the app, in the user's browser once confirmed; nothing opens inside it.
    openLinkOnConfirm(window, url).catch((error: unknown) =>
      console.error("Could not open the link", error),
    );
    return { action: "deny" };
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
