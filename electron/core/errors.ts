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
/**
 * Two consoles made the same unique thing at the same moment (PostgreSQL's unique violation; on
 * SQLite writers take turns and the rule checks see each other): the later one is told, as for a
 * version conflict.
 */
export function isDuplicate(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    String((error as { code: unknown }).code) === "23505"
  );
}

export function isBusy(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    (String((error as { code: unknown }).code).startsWith("SQLITE_BUSY") ||
      // PostgreSQL: a serialization failure, a deadlock, a lock not available.
      ["40001", "40P01", "55P03"].includes(
        String((error as { code: unknown }).code),
      ))
  );
}

/**
 * A write the storage refused: a full disk or a read-only data folder. The change was rolled back
 * (or never started), so the message can say plainly that nothing was saved.
 */
export function storageFaultMessage(error: unknown): string | null {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  if (
    code.startsWith("SQLITE_FULL") ||
    code === "ENOSPC" ||
    code === "EDQUOT" ||
    code === "53100"
  )
    return "The disk holding the console's data is full: nothing was saved. Free some space and try again.";
  if (
    code.startsWith("SQLITE_READONLY") ||
    code === "EROFS" ||
    code === "EACCES" ||
    code === "EPERM"
  )
    return "The console's data folder cannot be written to (it is read-only or not yours): nothing was saved. Check the folder's permissions.";
  if (code.startsWith("SQLITE_IOERR") || code === "EIO")
    return "The disk reported an error while saving: nothing was saved. Check the disk and try again.";
  return null;
}
