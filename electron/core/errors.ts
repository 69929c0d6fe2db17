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
