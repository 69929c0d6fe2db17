import type { ErrorCode } from "../../shared/errors";
import { say, type Phrase } from "./i18n/phrase";

/**
 * A refusal the caller should see: becomes `{ ok: false, error }` in the dispatch, which words it
 * in the caller's language. The message is a Phrase (a key of the `errors` namespace and its
 * values); `message` itself holds the English, for logs and for code that reads it.
 */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, "INTERNAL">,
    readonly phrase: Phrase,
    readonly details?: unknown,
  ) {
    super(say(phrase, "en"));
    this.name = "AppError";
  }
}

/** The kinds of thing an operation may look for and not find, as `errors:notFound.*` names them. */
export type Findable =
  | "order"
  | "partner"
  | "customer"
  | "user"
  | "file"
  | "thread"
  | "message"
  | "mail"
  | "milestone"
  | "task"
  | "offer"
  | "email"
  | "packingSlip"
  | "rating"
  | "backup"
  | "integration"
  | "webhook"
  | "delivery";

export const notFound = (what: Findable, id: number | string) =>
  new AppError(
    "NOT_FOUND",
    { key: `errors:notFound.${what}`, values: { id } },
    { id },
  );

/**
 * Two callers made the same unique thing at the same moment (PostgreSQL's unique violation; on
 * SQLite writers take turns and the rule checks see each other, but two API requests for one new
 * reference can still meet at the index): the later one is told, as for a version conflict.
 */
export function isDuplicate(error: unknown): boolean {
  if (!(error instanceof Error && "code" in error)) return false;
  const code = String((error as { code: unknown }).code);
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/** SQLite says BUSY when another process holds the write lock past the busy timeout, or when a
 * transaction's snapshot is older than a write that committed meanwhile. */
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
export function storageFaultMessage(error: unknown): Phrase | null {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  if (
    code.startsWith("SQLITE_FULL") ||
    code === "ENOSPC" ||
    code === "EDQUOT" ||
    code === "53100"
  )
    return { key: "errors:storage.full" };
  if (
    code.startsWith("SQLITE_READONLY") ||
    code === "EROFS" ||
    code === "EACCES" ||
    code === "EPERM"
  )
    return { key: "errors:storage.readOnly" };
  if (code.startsWith("SQLITE_IOERR") || code === "EIO")
    return { key: "errors:storage.io" };
  return null;
}
