// The console's log: errors and important actions, one JSON line each, in files beside the
// database that rotate daily or at 10 MB and are kept for 14 rotations. Nothing secret reaches it:
// details are scrubbed of tokens, passwords, sessions and message or file contents before writing.
import { mkdirSync } from "node:fs";
import { createStream, type RotatingFileStream } from "rotating-file-stream";
import type { Logger } from "../context";

const secretKey =
  /pass(word)?|token|secret|session|authori[sz]ation|cookie|body|database64|bytes|attachments/i;

/** A copy of a log detail that keeps its shape but none of its secrets. */
export function scrub(detail: unknown, depth = 0): unknown {
  if (detail instanceof Error)
    return { name: detail.name, message: detail.message, stack: detail.stack };
  if (depth > 4) return "…";
  if (Array.isArray(detail)) return detail.map((d) => scrub(d, depth + 1));
  if (detail && typeof detail === "object")
    return Object.fromEntries(
      Object.entries(detail).map(([key, value]) => [
        key,
        secretKey.test(key) ? "[withheld]" : scrub(value, depth + 1),
      ]),
    );
  if (typeof detail === "string" && detail.length > 500)
    return `${detail.slice(0, 500)}…`;
  return detail;
}

export function fileLogger(
  dir: string,
  echo?: Logger,
): Logger & { close(): void } {
  mkdirSync(dir, { recursive: true });
  const stream: RotatingFileStream = createStream("cutr.log", {
    path: dir,
    interval: "1d",
    size: "10M",
    maxFiles: 14,
  });
  const write = (level: string, message: string, detail?: unknown) =>
    stream.write(
      `${JSON.stringify({
        at: new Date().toISOString(),
        level,
        message,
        ...(detail === undefined ? {} : { detail: scrub(detail) }),
      })}\n`,
    );
  return {
    error(message, detail) {
      write("error", message, detail);
      echo?.error(message, detail);
    },
    info(message, detail) {
      write("info", message, detail);
      echo?.info(message, detail);
    },
    close: () => stream.end(),
  };
}
