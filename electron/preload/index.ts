// The renderer's only door to the main process: calls to the core, stored files and downloads,
// desktop notices and event subscription.
// Built as CommonJS, since a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";

const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke("cutr:invoke", method, input),
  readFile: (
    fileId: number,
    variant: "original" | "thumb" | "attachment" | "slip",
  ): Promise<unknown> => ipcRenderer.invoke("cutr:readFile", fileId, variant),
  saveFile: (
    fileId: number,
    variant: "original" | "thumb" | "attachment" | "slip",
  ): Promise<unknown> => ipcRenderer.invoke("cutr:saveFile", fileId, variant),
  saveDownload: (token: string): Promise<unknown> =>
    ipcRenderer.invoke("cutr:saveDownload", token),
  openSaved: (path: string): Promise<unknown> =>
    ipcRenderer.invoke("cutr:openSaved", path),
  notify: (notice: {
    title: string;
    body: string;
    route: string;
  }): Promise<unknown> => ipcRenderer.invoke("cutr:notify", notice),
  /** The desktop console's update (shared/update-state.ts) and "Restart to update". */
  updateState: (): Promise<unknown> => ipcRenderer.invoke("cutr:updateState"),
  restartToUpdate: (): Promise<unknown> =>
    ipcRenderer.invoke("cutr:restartToUpdate"),
  on: (
    listener: (event: { type: string; payload: unknown }) => void,
  ): (() => void) => {
    const wrapped = (
      _event: IpcRendererEvent,
      message: { type: string; payload: unknown },
    ) => listener(message);
    ipcRenderer.on("cutr:event", wrapped);
    return () => ipcRenderer.removeListener("cutr:event", wrapped);
  },
};

contextBridge.exposeInMainWorld("cutr", bridge);
