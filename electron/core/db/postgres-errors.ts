// What a PostgreSQL failure means to the person at the console: a wrong URL, a refused password,
// an unreachable server or one that went away. Said plainly, never with the password in it.
import { say, type Phrase } from "../i18n/phrase";
import type { PostgresHandle } from "./connect-postgres";

export class DatabaseUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnreachableError";
  }
}

const problems = {
  refused: "errors:server.refused",
  unknownHost: "errors:server.unknownHost",
  timeout: "errors:server.timeout",
  lost: "errors:server.lost",
  password: "errors:server.password",
  noDatabase: "errors:server.noDatabase",
} as const;

interface PgLikeError {
  code?: string;
  message?: string;
}

/** A sentence for a connection failure, or null when the error is not about reaching the server. */
export function connectionProblem(
  error: unknown,
  label: string,
): Phrase | null {
  const server = (problem: keyof typeof problems): Phrase => ({
    key: problems[problem],
    values: { label },
  });
  const { code, message } = (error ?? {}) as PgLikeError;
  switch (code) {
    case "ECONNREFUSED":
      return server("refused");
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return server("unknownHost");
    case "ETIMEDOUT":
      return server("timeout");
    case "ECONNRESET":
    case "57P01":
    case "57P02":
    case "57P03":
      return server("lost");
    case "28P01":
    case "28000":
      return server("password");
    case "3D000":
      return server("noDatabase");
  }
  if (message?.includes("Connection terminated")) return server("lost");
  if (message?.includes("timeout exceeded when trying to connect"))
    return server("timeout");
  return null;
}

/** Fails with a clear message when the server cannot be used, before anything else is tried. */
export async function checkServerReachable(
  handle: PostgresHandle,
): Promise<void> {
  try {
    const client = await handle.pool.connect();
    client.release();
  } catch (error) {
    const problem = connectionProblem(error, handle.label);
    // Said at start-up, before anyone has signed in: in English, like the rest of the log.
    throw new DatabaseUnreachableError(
      (problem && say(problem, "en")) ??
        `Could not use the PostgreSQL server at ${handle.label}: ${String((error as PgLikeError).message ?? error)}`,
      { cause: error },
    );
  }
}
