// The team service logs one JSON object per line on stdout (time, level, message, detail), as log
// collectors read them; never a secret or a message's text (the core does not log those).
import type { Logger } from "../core/context";

function detailOf(detail: unknown): unknown {
  if (detail instanceof Error)
    return { error: detail.message, stack: detail.stack };
  return detail;
}

export function jsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  const log =
    (level: "info" | "error") => (message: string, detail?: unknown) =>
      write(
        `${JSON.stringify({
          time: new Date().toISOString(),
          level,
          message,
          ...(detail === undefined ? {} : { detail: detailOf(detail) }),
        })}\n`,
      );
  return { info: log("info"), error: log("error") };
}
