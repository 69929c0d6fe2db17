// Browser mode's HTTP adapter: a thin transport over the core's dispatch, bound to loopback.
// It checks the token, the Host and the Origin, reads a bounded JSON body and maps the envelope
// to a status code. It holds no business logic.
import { timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import {
  httpStatusOf,
  type Envelope,
  type ErrorCode,
} from "../../shared/errors";
import pLimit from "p-limit";
import { maxFileBytesCeiling } from "../../shared/policy";
import { maxImportBase64 } from "../../shared/contract";
import type { Core } from "../core/start-core";
import { securityHeaders } from "./security-headers";
import { readStaticFile } from "./static-files";

export const maxBodyBytes = 1024 * 1024;
/** files.import carries the file as base64 (4 bytes for every 3) inside its JSON. */
export const maxImportBodyBytes =
  Math.ceil((maxFileBytesCeiling * 4) / 3) + 64 * 1024;
/**
 * Imports whose bodies are read and handled at once. The others wait their turn with their bodies
 * unread (held back by TCP), so many uploads at once cost memory for two.
 */
const importsAtOnce = 2;
const fileRoute = /^\/(files|attachments|slips)\/(\d{1,15})(\/thumb)?$/;
const downloadRoute = /^\/downloads\/([A-Za-z0-9_-]{16,64})$/;
/** Operations whose input carries a whole file as base64, with the largest body each may send. */
const largeBodies: Record<string, number> = {
  "files.import": maxImportBodyBytes,
  "imports.preview": maxImportBase64 + 64 * 1024,
  "imports.apply": maxImportBase64 + 64 * 1024,
};

export interface BrowserServerOptions {
  core: Pick<Core, "call" | "mayCall" | "readFile" | "readDownload">;
  token: string;
  rendererDir: string;
  log?: (message: string) => void;
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: Record<string, string>,
) {
  res.writeHead(status, { ...securityHeaders, ...headers });
  res.end(body);
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>) {
  const status = envelope.ok ? 200 : httpStatusOf[envelope.error.code];
  send(res, status, JSON.stringify(envelope), {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
}

function refuse(res: ServerResponse, code: ErrorCode, message: string) {
  sendEnvelope(res, { ok: false, error: { code, message } });
}

/** A stored file's bytes, named for a download; the content type comes from the content check. */
function sendFileContent(
  res: ServerResponse,
  content: { bytes: Buffer; mime: string; name: string },
) {
  // Photos were decoded and re-encoded on import; anything else (a PDF as uploaded) is only ever
  // downloaded, never rendered in the console's origin.
  const image = content.mime.startsWith("image/");
  send(res, 200, content.bytes, {
    "Content-Type": content.mime,
    "Content-Disposition": `${image ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(content.name)}`,
    // Not kept in the browser's cache: it would outlive the session.
    "Cache-Control": "no-store",
    ...(image ? {} : { "Content-Security-Policy": "sandbox" }),
  });
}

function tokenMatches(expected: string, header: string | undefined): boolean {
  const presented = header?.startsWith("Bearer ") ? header.slice(7) : "";
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJsonBody(
  req: IncomingMessage,
  limit: number,
): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("application/json"))
    throw new BodyError(415, "Send the input as application/json.");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit)
      throw new BodyError(
        413,
        `The request body is larger than ${limit} bytes.`,
      );
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, "The request body is not valid JSON.");
  }
}

export function createBrowserServer(options: BrowserServerOptions): Server {
  const importing = pLimit(importsAtOnce);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A caller that went away mid-request (a closed window, a cancelled upload) is no fault.
      if (req.destroyed) return;
      options.log?.(`request failed: ${String(error)}`);
      if (!res.headersSent)
        refuse(
          res,
          "INTERNAL",
          "Something went wrong on our side; it has been logged.",
        );
    });
  });

  /** Reads a call's JSON body, runs it and sends its envelope. */
  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    caller: string | null,
  ) {
    // Gone while it waited its turn: nothing to read, nobody to answer.
    if (req.destroyed) return;
    let input: unknown;
    try {
      input = await readJsonBody(req, largeBodies[method] ?? maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      res.writeHead(error.status, {
        ...securityHeaders,
        "Content-Type": "application/json; charset=utf-8",
      });
      return res.end(
        JSON.stringify({
          ok: false,
          error: { code: "BAD_INPUT", message: error.message },
        }),
      );
    }
    return sendEnvelope(res, await options.core.call(method, input, caller));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    // A page on another site may resolve its own name to 127.0.0.1 (DNS rebinding): its Host differs.
    if (!allowedHosts.includes(req.headers.host ?? "")) {
      return send(res, 421, "Unknown host.", {
        "Content-Type": "text/plain; charset=utf-8",
      });
    }
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      !allowedHosts.some((host) => origin === `http://${host}`)
    ) {
      return refuse(res, "FORBIDDEN", "Requests from other sites are refused.");
    }
    const url = new URL(req.url ?? "/", `http://${allowedHosts[0]}`);

    if (url.pathname === "/api/health") {
      if (req.method !== "GET")
        return send(res, 405, "Use GET.", { Allow: "GET" });
      return sendEnvelope(res, { ok: true, value: { status: "ok" } });
    }
    const fileMatch = fileRoute.exec(url.pathname);
    const downloadMatch = downloadRoute.exec(url.pathname);
    // The API and stored files need the token; the renderer's own files do not.
    if (
      (url.pathname.startsWith("/api/") || fileMatch || downloadMatch) &&
      !tokenMatches(options.token, req.headers.authorization)
    )
      return refuse(
        res,
        "UNAUTHORIZED",
        "The browser-mode token is missing or wrong.",
      );
    if (url.pathname.startsWith("/api/")) {
      if (req.method !== "POST")
        return send(res, 405, "Use POST.", { Allow: "POST" });
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice("/api/".length));
      } catch {
        return refuse(
          res,
          "NOT_FOUND",
          "There is no operation with that name.",
        );
      }
      const session = req.headers["x-cutr-session"];
      const caller = typeof session === "string" ? session : null;
      if (method in largeBodies) {
        // An import's body may be tens of megabytes: it is read only for a caller who may import.
        // A refused body is not read at all; the connection closes instead.
        const allowed = await options.core.mayCall(method, caller);
        if (!allowed.ok) {
          res.setHeader("Connection", "close");
          return sendEnvelope(res, allowed);
        }
        return importing(() => answer(req, res, method, caller));
      }
      return answer(req, res, method, caller);
    }

    if (downloadMatch) {
      if (req.method !== "GET")
        return send(res, 405, "Use GET.", { Allow: "GET" });
      const session = req.headers["x-cutr-session"];
      const download = await options.core.readDownload(
        downloadMatch[1] as string,
        typeof session === "string" ? session : null,
      );
      if (!download.ok) return sendEnvelope(res, download);
      // Streamed from its file: an export of 200,000 orders is never read into memory whole.
      res.writeHead(200, {
        ...securityHeaders,
        "Content-Type": download.value.mime,
        "Content-Length": String(download.value.size),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(download.value.name)}`,
        "Cache-Control": "no-store",
        "Content-Security-Policy": "sandbox",
      });
      // A file gone meanwhile ends the answer cut short; the server carries on.
      await pipeline(createReadStream(download.value.path), res).catch(
        (error: unknown) => options.log?.(`download failed: ${String(error)}`),
      );
      return;
    }

    if (fileMatch) {
      if (req.method !== "GET")
        return send(res, 405, "Use GET.", { Allow: "GET" });
      const session = req.headers["x-cutr-session"];
      const content = await options.core.readFile(
        Number(fileMatch[2]),
        fileMatch[1] === "attachments"
          ? "attachment"
          : fileMatch[1] === "slips"
            ? "slip"
            : fileMatch[3]
              ? "thumb"
              : "original",
        typeof session === "string" ? session : null,
      );
      return content.ok
        ? sendFileContent(res, content.value)
        : sendEnvelope(res, content);
    }

    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "Use GET.", { Allow: "GET" });
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file)
      return send(res, 404, "Not found.", {
        "Content-Type": "text/plain; charset=utf-8",
      });
    return send(res, 200, file.body, {
      "Content-Type": file.contentType,
      "Cache-Control": file.immutable
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
  }

  return server;
}
