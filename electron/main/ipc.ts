// The Electron transport: a thin adapter from IPC to the core's dispatch. Only our own page may
// call it, and each window keeps its own sign-in session on this side of the bridge.
import { ipcMain, type IpcMainInvokeEvent } from "electron";
import type { Core } from "../core/start-core";
import { appOrigin } from "./app-protocol";

const sessionsByWindow = new Map<number, string>();

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? "";
  return url.startsWith(`${appOrigin}/`);
}

export function registerIpc(core: Core): void {
  ipcMain.handle(
    "cutr:invoke",
    async (event, method: unknown, input: unknown) => {
      if (!fromOurPage(event) || typeof method !== "string") {
        return {
          ok: false,
          error: {
            code: "FORBIDDEN",
            message: "Calls are accepted only from the console page.",
          },
        };
      }
      const windowId = event.sender.id;
      const result = await core.call(
        method,
        input,
        sessionsByWindow.get(windowId) ?? null,
      );
      if (result.ok && method === "auth.signIn") {
        sessionsByWindow.set(
          windowId,
          (result.value as { session: string }).session,
        );
      }
      if (method === "auth.signOut") sessionsByWindow.delete(windowId);
      return result;
    },
  );
}
