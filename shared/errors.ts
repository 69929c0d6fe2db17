// The answer envelope of every operation, on every transport (DESIGN.md, "One dispatch").

export const errorCodes = [
  "BAD_INPUT",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RULE",
  "RATE_LIMITED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const httpStatusOf: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE: 422,
  /** The integration API's per-key limit; the answer says when to send again (Retry-After). */
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: ApiError };
