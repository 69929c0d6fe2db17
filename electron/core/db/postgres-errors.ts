// What a PostgreSQL failure means to the person at the console: a wrong URL, a refused password,
// an unreachable server or one that went away. Said plainly, never with the password in it.
import type { PostgresHandle } from "./connect-postgres";

export class DatabaseUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnreachableError";
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
}

/** A sentence for a connection failure, or null when the error is not about reaching the server. */
export function connectionProblem(
  error: unknown,
  label: string,
): string | null {
  const { code, message } = (error ?? {}) as PgLikeError;
  switch (code) {
    case "ECONNREFUSED":
      return `The PostgreSQL server at ${label} refused the connection. Is it running and listening on that port?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The host of ${label} could not be found. Check the host name in CUTR_DATABASE_URL.`;
    case "ETIMEDOUT":
      return `The PostgreSQL server at ${label} did not answer in time. Check the network and the firewall.`;
    case "ECONNRESET":
    case "57P01":
    case "57P02":
    case "57P03":
      return `The connection to the PostgreSQL server at ${label} was lost. The console retries when it is back; nothing was half-written.`;
    case "28P01":
    case "28000":
      return `The PostgreSQL server at ${label} refused the user name or password in CUTR_DATABASE_URL.`;
    case "3D000":
      return `The database in ${label} does not exist on the server. Create it first (README: "Run a team").`;
  }
  if (message?.includes("Connection terminated"))
    return `The connection to the PostgreSQL server at ${label} was lost. The console retries when it is back; nothing was half-written.`;
  if (message?.includes("timeout exceeded when trying to connect"))
    return `The PostgreSQL server at ${label} did not answer in time. Check the network and the firewall.`;
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
    throw new DatabaseUnreachableError(
      connectionProblem(error, handle.label) ??
        `Could not use the PostgreSQL server at ${handle.label}: ${String((error as PgLikeError).message ?? error)}`,
      { cause: error },
    );
  }
}
