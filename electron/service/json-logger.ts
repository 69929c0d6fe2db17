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
    (level: "info" | "error") => (message: string, detail?: unknown) => {
      const entry = { time: new Date().toISOString(), level, message };
      let line: string;
      try {
        line = JSON.stringify(
          detail === undefined ? entry : { ...entry, detail: detailOf(detail) },
        );
      } catch {
        // A detail JSON cannot hold (a cycle, a BigInt): logged as text, never thrown.
        line = JSON.stringify({ ...entry, detail: String(detail) });
      }
      write(`${line}\n`);
    };
  return { info: log("info"), error: log("error") };
}
