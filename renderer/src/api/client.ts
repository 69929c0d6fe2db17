// The typed client: call(method, input) with the contract's types, throwing ApiFailure on an
// error envelope. The session lives here (and in sessionStorage in browser mode, to survive a reload).
import type { Input, Method, Output } from "../../../shared/contract";
import type { ApiError } from "../../../shared/errors";
import {
  httpDownloadFetcher,
  httpFileFetcher,
  httpTransport,
  ipcFileFetcher,
  ipcTransport,
  type FileFetcher,
  type FileVariant,
  type Transport,
} from "./transport";

export class ApiFailure extends Error {
  readonly code: ApiError["code"];
  readonly details: unknown;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

const sessionKey = "cutr.session";
const tokenKey = "cutr.token";

function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get("token");
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    // Keep the token out of the address bar, history and screenshots.
    window.history.replaceState(
      null,
      "",
      window.location.pathname + window.location.hash,
    );
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? "";
}

let session: string | null = sessionStorage.getItem(sessionKey);

export function setSession(value: string | null): void {
  session = value;
  if (value) sessionStorage.setItem(sessionKey, value);
  else sessionStorage.removeItem(sessionKey);
}

export const isElectron = window.cutr !== undefined;

const token = window.cutr ? "" : browserToken();
const transport: Transport = window.cutr
  ? ipcTransport(window.cutr)
  : httpTransport(token, () => session);
const fileFetcher: FileFetcher = window.cutr
  ? ipcFileFetcher(window.cutr)
  : httpFileFetcher(token, () => session);

const downloadFetcher = window.cutr
  ? null
  : httpDownloadFetcher(token, () => session);

/** Browser mode: the bytes of an export or template made for this session. */
export async function fetchDownload(download: string): Promise<Blob> {
  if (!downloadFetcher) throw new Error("fetchDownload is for browser mode");
  const envelope = await downloadFetcher(download);
  if (!envelope.ok) throw new ApiFailure(envelope.error);
  return envelope.value;
}

/** A stored file's bytes (never a path): for thumbnails, full-size views and downloads. */
export async function fetchFile(
  fileId: number,
  variant: FileVariant,
): Promise<Blob> {
  const envelope = await fileFetcher(fileId, variant);
  if (!envelope.ok) throw new ApiFailure(envelope.error);
  return envelope.value;
}

export async function call<M extends Method>(
  method: M,
  input: Input<M>,
): Promise<Output<M>> {
  const envelope = await transport(method, input);
  if (!envelope.ok) throw new ApiFailure(envelope.error);
  return envelope.value as Output<M>;
}
