// Idempotency keys on every write of the integration API: the first request with a key runs and
// its answer is kept a day; the same key with the same request gets that answer again without
// running anything; with another request it is refused (CONFLICT). The key is claimed in the
// database before the work starts, so two services answering the same retry at once run it once.
import { createHash } from "node:crypto";
import { subHours, subMinutes } from "date-fns";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { canonical } from "../audit/changed-fields";
import { AppError, isDuplicate } from "../errors";

/** How long an answer is kept for retries. */
const keptHours = 24;
/** A claim whose process died (no answer after this long) may be run again. */
const abandonedAfterMinutes = 5;

export type Claim =
  { kind: "run" } | { kind: "replay"; status: number; body: string };

/** The request as sent, its keys in one order: a retry serialised differently is the same request. */
export const requestHash = (method: string, params: unknown, body: unknown) =>
  createHash("sha256")
    .update(canonical([method, params, body]))
    .digest("hex");

export async function claimIdempotencyKey(
  db: Kysely<Database>,
  request: { integrationId: number; key: string; hash: string; now: Date },
): Promise<Claim> {
  const { integrationId, key, hash, now } = request;
  await db
    .deleteFrom("integration_requests")
    .where("integration_id", "=", integrationId)
    .where("created_at", "<", subHours(now, keptHours).toISOString())
    .execute();
  const kept = await db
    .selectFrom("integration_requests")
    .selectAll()
    .where("integration_id", "=", integrationId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
  if (kept) {
    if (kept.request_hash !== hash)
      throw new AppError(
        "CONFLICT",
        { key: "errors:integrations.idempotencyKeyReused", values: { key } },
        { idempotencyKey: key },
      );
    if (kept.http_status !== null && kept.response !== null)
      return { kind: "replay", status: kept.http_status, body: kept.response };
    const abandoned =
      kept.created_at < subMinutes(now, abandonedAfterMinutes).toISOString();
    if (!abandoned) throw inProgress(key);
    // Taken over only by the one process whose update still sees the old claim.
    const taken = await db
      .updateTable("integration_requests")
      .set({ created_at: now.toISOString() })
      .where("integration_id", "=", integrationId)
      .where("idempotency_key", "=", key)
      .where("created_at", "=", kept.created_at)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) throw inProgress(key);
    return { kind: "run" };
  }
  try {
    await db
      .insertInto("integration_requests")
      .values({
        integration_id: integrationId,
        idempotency_key: key,
        request_hash: hash,
        created_at: now.toISOString(),
      })
      .execute();
  } catch (error) {
    if (isDuplicate(error)) throw inProgress(key);
    throw error;
  }
  return { kind: "run" };
}

const inProgress = (key: string) =>
  new AppError(
    "CONFLICT",
    { key: "errors:integrations.idempotencyInProgress", values: { key } },
    { idempotencyKey: key },
  );

/**
 * Keeps the answer for the key's retries. A conflict, a rate limit, something not found (it may
 * exist by the retry) or a failure on our side is not kept: the same request may then be sent
 * again with the same key and run.
 */
export async function keepAnswer(
  db: Kysely<Database>,
  request: { integrationId: number; key: string },
  answer: { status: number; body: string },
): Promise<void> {
  const keep =
    answer.status < 500 && answer.status !== 409 && answer.status !== 429;
  if (keep)
    await db
      .updateTable("integration_requests")
      .set({ http_status: answer.status, response: answer.body })
      .where("integration_id", "=", request.integrationId)
      .where("idempotency_key", "=", request.key)
      .execute();
  else
    await db
      .deleteFrom("integration_requests")
      .where("integration_id", "=", request.integrationId)
      .where("idempotency_key", "=", request.key)
      .execute();
}
