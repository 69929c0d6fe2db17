import type { ErrorCode } from "../../shared/errors";

/** A refusal the caller should see: becomes `{ ok: false, error }` in the dispatch. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "INTERNAL">,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string, id: number | string) =>
  new AppError("NOT_FOUND", `${what} ${id} does not exist.`, { id });

/** SQLite says BUSY when another process holds the write lock past the busy timeout, or when a
 * transaction's snapshot is older than a write that committed meanwhile. */
export function isBusy(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    String((error as { code: unknown }).code).startsWith("SQLITE_BUSY")
  );
}
