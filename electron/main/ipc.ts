// The Electron transport: a thin adapter from IPC to the core's dispatch. Only our own page's main
// frame may call it, and each window keeps its own sign-in session on this side of the bridge.
import { ipcMain, type IpcMainInvokeEvent } from "electron";
import type { Core } from "../core/start-core";
import { appOrigin } from "./app-protocol";

const sessionsByWindow = new Map<number, string>();

/** Only the main frame of our own page may call: no subframe, no other origin. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null &&
    frame === event.sender.mainFrame &&
    frame.url.startsWith(`${appOrigin}/`)
  );
}

const refused = {
  ok: false,
  error: {
    code: "FORBIDDEN",
    message: "Calls are accepted only from the console page.",
  },
} as const;

export function registerIpc(core: Core): void {
  const endSession = (windowId: number) => {
    const session = sessionsByWindow.get(windowId);
    sessionsByWindow.delete(windowId);
    if (session) void core.call("auth.signOut", {}, session);
  };

  ipcMain.handle(
    "cutr:invoke",
    async (event, method: unknown, input: unknown) => {
      if (!fromOurPage(event) || typeof method !== "string") return refused;
      const windowId = event.sender.id;
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
  // A stored file's bytes (a photo, its thumbnail, a PDF), checked like any call.
  ipcMain.handle(
    "cutr:readFile",
    async (event, fileId: unknown, variant: unknown) => {
      if (
        !fromOurPage(event) ||
        typeof fileId !== "number" ||
        (variant !== "original" &&
          variant !== "thumb" &&
          variant !== "attachment")
      )
        return refused;
      const result = await core.readFile(
        fileId,
        variant,
        sessionsByWindow.get(event.sender.id) ?? null,
      );
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
}
