// Electron's main-process API stood in for Node, so the built main bundle can be started under plain
// Node up to the point where it opens its window (scripts/package/start-main-bundle.ts). Each call
// the bundle makes is answered the way Electron would on a first start; the window's creation is
// reported on stdout as one JSON line, and the process then exits.
const { EventEmitter } = require("node:events");
const { join } = require("node:path");

const dataDir = process.env.CUTR_STAND_IN_DATA;
const started = { menu: null, channels: [], schemes: [], handlers: [] };
const windows = [];
/** The IPC handlers the bundle registered, by channel. */
const handlers = new Map();
/** The console's page, as its main frame reports itself. */
const page = { url: "app://console/index.html" };
const display = { bounds: { x: 0, y: 0, width: 1920, height: 1080 } };

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: (name) => join(dataDir, name),
  getVersion: () => process.env.CUTR_STAND_IN_VERSION ?? "0.0.0",
  quit: () => process.exit(0),
  exit: (code) => process.exit(code),
  relaunch: () => undefined,
});

class WebContents extends EventEmitter {
  setWindowOpenHandler() {}
  send() {}
}

class BrowserWindow extends EventEmitter {
  static getAllWindows = () => windows;
  static getFocusedWindow = () => windows[0] ?? null;
  static fromWebContents = () => windows[0] ?? null;
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
    // The moment the window is asked for: what the start costs a user before anything shows.
    const openedAt = performance.now();
    // Then, as the page would, one call through the IPC handler: it answers once the core is up.
    setImmediate(() => {
      const event = {
        senderFrame: page,
        sender: { id: 1, mainFrame: page, once: () => undefined },
      };
      const invoke = handlers.get("cutr:invoke");
      Promise.resolve(invoke ? invoke(event, "auth.mode", {}) : null)
        .then((firstCall) => {
          process.stdout.write(
            `${JSON.stringify({
              window: options,
              loaded: this.loaded ?? null,
              msSinceStart: openedAt,
              firstCallMs: performance.now(),
              firstCall,
              ...started,
            })}\n`,
          );
          process.exit(0);
        })
        .catch((error) => {
          process.stderr.write(
            `The first call failed: ${error?.stack ?? error}\n`,
          );
          process.exit(1);
        });
    });
  }
  loadURL(url) {
    this.loaded = url;
    return Promise.resolve();
  }
  getBounds = () => ({ x: 0, y: 0, width: 1440, height: 900 });
  isMaximized = () => false;
  isMinimized = () => false;
  isFullScreen = () => false;
  isDestroyed = () => false;
  show() {}
  focus() {}
  restore() {}
}

const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => {
    started.menu = menu.map((item) => ({
      role: item.role,
      items: (item.submenu ?? []).map((sub) => sub.label ?? sub.role),
    }));
  },
};
const ipcMain = {
  handle: (channel, handler) => {
    started.channels.push(channel);
    handlers.set(channel, handler);
  },
};
const protocol = {
  registerSchemesAsPrivileged: (schemes) =>
    started.schemes.push(...schemes.map((s) => s.scheme)),
  handle: (scheme) => started.handlers.push(scheme),
};
const session = {
  defaultSession: {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
  },
};
const safeStorage = { isEncryptionAvailable: () => false };
const screen = {
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
  getDisplayMatching: () => display,
};
const dialog = {
  showErrorBox: (title, message) => {
    process.stderr.write(`${title}: ${message}\n`);
  },
  showMessageBox: () => Promise.resolve({ response: 0 }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
};
const Notification = Object.assign(class {}, { isSupported: () => false });
const shell = {
  openPath: () => Promise.resolve(""),
  openExternal: () => Promise.resolve(),
};
const clipboard = { writeText: () => undefined };

// One by one, so that ES modules can import them by name.
module.exports = {
  app,
  BrowserWindow,
  Menu,
  ipcMain,
  protocol,
  session,
  safeStorage,
  screen,
  dialog,
  Notification,
  shell,
  clipboard,
};
