// How the renderer reaches the core: Electron IPC through the preload's bridge, or HTTP in
// browser mode. Both return the same envelope; the client above them does not know which.
import type { Envelope } from "../../../shared/errors";
import type { UpdateState } from "../../../shared/update-state";
import { i18n } from "../i18n/i18n";

export type Transport = (
  method: string,
  input: unknown,
) => Promise<Envelope<unknown>>;

export type FileVariant = "original" | "thumb" | "attachment" | "slip";

/** Fetches a stored file's bytes; the same envelope on failure. */
export type FileFetcher = (
  fileId: number,
  variant: FileVariant,
) => Promise<Envelope<Blob>>;

interface CutrBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  readFile(
    fileId: number,
    variant: FileVariant,
  ): Promise<Envelope<{ bytes: Uint8Array; mime: string; name: string }>>;
  /** Electron: the native Save dialog; the path chosen, or null when cancelled. */
  saveFile(
    fileId: number,
    variant: FileVariant,
  ): Promise<Envelope<{ path: string | null }>>;
  /** Electron: an export or template saved through the native Save dialog, copied from its file. */
  saveDownload(token: string): Promise<Envelope<{ path: string | null }>>;
  openSaved(path: string): Promise<Envelope<null>>;
  /** Electron: a desktop notification; a click opens `route` in the console. */
  notify(notice: {
    title: string;
    body: string;
    route: string;
  }): Promise<Envelope<{ shown: boolean }>>;
  /** Electron: where the console's own update stands, and "Restart to update" once it is ready. */
  updateState(): Promise<Envelope<UpdateState>>;
  restartToUpdate(): Promise<Envelope<{ restarting: boolean }>>;
  on(listener: (event: { type: string; payload: unknown }) => void): () => void;
}

declare global {
  interface Window {
    cutr?: CutrBridge;
  }
}

export function ipcTransport(bridge: CutrBridge): Transport {
  return (method, input) => bridge.invoke(method, input);
}

export function ipcFileFetcher(bridge: CutrBridge): FileFetcher {
  return async (fileId, variant) => {
    const envelope = await bridge.readFile(fileId, variant);
    if (!envelope.ok) return envelope;
    const { bytes, mime } = envelope.value;
    return { ok: true, value: new Blob([bytes as BlobPart], { type: mime }) };
  };
}

function authHeaders(token: string, session: string | null) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
  };
  if (session) headers["X-Cutr-Session"] = session;
  return headers;
}

const unreachable = () =>
  ({
    ok: false,
    error: {
      code: "INTERNAL",
      message: i18n.t("common:server.unreachable"),
    },
  }) as const;

async function readEnvelope<T>(response: Response): Promise<Envelope<T>> {
  try {
    return (await response.json()) as Envelope<T>;
  } catch {
    return {
      ok: false,
      error: {
        code: "INTERNAL",
        message: i18n.t("common:server.noEnvelope", {
          status: response.status,
        }),
      },
    };
  }
}

export function httpFileFetcher(
  token: string,
  session: () => string | null,
): FileFetcher {
  return async (fileId, variant) => {
    let response: Response;
    try {
      response = await fetch(
        variant === "attachment"
          ? `/attachments/${fileId}`
          : variant === "slip"
            ? `/slips/${fileId}`
            : `/files/${fileId}${variant === "thumb" ? "/thumb" : ""}`,
        { headers: authHeaders(token, session()) },
      );
    } catch {
      return unreachable();
    }
    if (response.ok) return { ok: true, value: await response.blob() };
    return readEnvelope<Blob>(response);
  };
}

/** Browser mode: an export or template made for this session, by its token. */
export function httpDownloadFetcher(
  token: string,
  session: () => string | null,
) {
  return async (download: string): Promise<Envelope<Blob>> => {
    let response: Response;
    try {
      response = await fetch(`/downloads/${encodeURIComponent(download)}`, {
        headers: authHeaders(token, session()),
      });
    } catch {
      return unreachable();
    }
    if (response.ok) return { ok: true, value: await response.blob() };
    return readEnvelope<Blob>(response);
  };
}

export function httpTransport(
  token: string,
  session: () => string | null,
): Transport {
  return async (method, input) => {
    const headers = {
      ...authHeaders(token, session()),
      "Content-Type": "application/json",
    };
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: "POST",
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return unreachable();
    }
    return readEnvelope<unknown>(response);
  };
}
