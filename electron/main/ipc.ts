// The Electron transport: a thin adapter from IPC to the core's dispatch. Only our own page's main
// frame may call it, and each window keeps its own sign-in session on this side of the bridge.
import { copyFile, writeFile } from "node:fs/promises";
import {
  BrowserWindow,
  dialog,
  ipcMain,
  shell,
  type IpcMainInvokeEvent,
} from "electron";
import type { Core } from "../core/start-core";
import { showDesktopNotice } from "./desktop-notices";
import {
  desktopNotice,
  fromOurPage,
  isDownloadToken,
  isFileVariant,
  refusedCall as refused,
} from "./security-rules";

const sessionsByWindow = new Map<number, string>();

/** Files this session saved through the dialog: the only paths "Open" may open. */
const savedPaths = new Set<string>();

/** `ready`: the core, once started; the window's first calls wait for it. */
export function registerIpc(ready: Promise<Core>): void {
  // A failed start is told by index.ts; the calls made meanwhile get its message.
  ready.catch(() => undefined);
  const endSession = (windowId: number) => {
    const session = sessionsByWindow.get(windowId);
    sessionsByWindow.delete(windowId);
    if (session)
      void ready.then((core) => core.call("auth.signOut", {}, session));
  };

  ipcMain.handle(
    "cutr:invoke",
    async (event, method: unknown, input: unknown) => {
      if (!fromOurPage(event) || typeof method !== "string") return refused;
      const windowId = event.sender.id;
      const core = await ready;
      const result = await core.call(
        method,
        input,
        sessionsByWindow.get(windowId) ?? null,
      );
      if (result.ok && method === "auth.signIn") {
        // A new sign-in in the same window ends the one before; a closed window ends its session.
        if (sessionsByWindow.has(windowId)) endSession(windowId);
        else event.sender.once("destroyed", () => endSession(windowId));
        sessionsByWindow.set(
          windowId,
          (result.value as { session: string }).session,
        );
      }
      if (method === "auth.signOut") sessionsByWindow.delete(windowId);
      return result;
    },
  );
  /** A stored file's bytes for our page's window, with its session, checked like any call. */
  const readForPage = async (
    event: IpcMainInvokeEvent,
    fileId: unknown,
    variant: unknown,
  ) =>
    !fromOurPage(event) || typeof fileId !== "number" || !isFileVariant(variant)
      ? refused
      : (await ready).readFile(
          fileId,
          variant,
          sessionsByWindow.get(event.sender.id) ?? null,
        );

  // A stored file's bytes (a photo, its thumbnail, a PDF).
  ipcMain.handle(
    "cutr:readFile",
    async (event, fileId: unknown, variant: unknown) => {
      const result = await readForPage(event, fileId, variant);
      return result.ok
        ? {
            ok: true,
            value: {
              ...result.value,
              bytes: new Uint8Array(result.value.bytes),
            },
          }
        : result;
    },
  );

  // "Save…": the bytes go where the user chooses in the native dialog, never to a path the page names.
  ipcMain.handle(
    "cutr:saveFile",
    async (event, fileId: unknown, variant: unknown) => {
      const content = await readForPage(event, fileId, variant);
      if (!content.ok) return content;
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: content.value.name };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath)
        return { ok: true, value: { path: null } };
      await writeFile(choice.filePath, content.value.bytes);
      savedPaths.add(choice.filePath);
      return { ok: true, value: { path: choice.filePath } };
    },
  );
  // An export or template: copied from the console's own file to where the user chooses.
  ipcMain.handle("cutr:saveDownload", async (event, token: unknown) => {
    if (!fromOurPage(event) || !isDownloadToken(token)) return refused;
    const download = await (
      await ready
    ).readDownload(token, sessionsByWindow.get(event.sender.id) ?? null);
    if (!download.ok) return download;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: download.value.name };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath)
      return { ok: true, value: { path: null } };
    await copyFile(download.value.path, choice.filePath);
    savedPaths.add(choice.filePath);
    return { ok: true, value: { path: choice.filePath } };
  });
  ipcMain.handle("cutr:notify", (event, value: unknown) => {
    const notice = desktopNotice(value);
    if (!fromOurPage(event) || !notice) return refused;
    const shown = showDesktopNotice(
      BrowserWindow.fromWebContents(event.sender),
      notice,
    );
    return { ok: true, value: { shown } };
  });
  ipcMain.handle("cutr:openSaved", async (event, path: unknown) => {
    if (
      !fromOurPage(event) ||
      typeof path !== "string" ||
      !savedPaths.has(path)
    )
      return refused;
    const problem = await shell.openPath(path);
    return problem
      ? { ok: false, error: { code: "INTERNAL", message: problem } }
      : { ok: true, value: null };
  });
}
