// How the renderer reaches the core: Electron IPC through the preload's bridge, or HTTP in
// browser mode. Both return the same envelope; the client above them does not know which.
import type { Envelope } from "../../../shared/errors";

export type Transport = (
  method: string,
  input: unknown,
) => Promise<Envelope<unknown>>;

interface CutrBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
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

export function httpTransport(
  token: string,
  session: () => string | null,
): Transport {
  return async (method, input) => {
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      Authorization: `Bearer ${token}`,
    };
    const current = session();
    if (current) headers["X-Cutr-Session"] = current;
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: "POST",
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: "INTERNAL",
          message: "The console server cannot be reached. Is it still running?",
        },
      };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: "INTERNAL",
          message: `The console server answered ${response.status} without an envelope.`,
        },
      };
    }
  };
}
