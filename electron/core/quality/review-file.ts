// quality.review and quality.undo. A decision is taken on the version the reviewer saw: the update
// is conditional on it, so when two reviewers decide the same file at once only the first counts
// and the second is told who decided.
import type { Kysely } from "kysely";
import type { OrderFile } from "../../../shared/contract";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { getFile } from "../files/list-files";
import type { Phrase } from "../i18n/phrase";

export interface ReviewInput {
  fileId: number;
  decision: "approved" | "rejected";
  reason?: string;
  fileVersion: number;
}

async function fileForReview(trx: Kysely<Database>, fileId: number) {
  const file = await getFile(trx, fileId);
  if (!file) throw notFound("file", fileId);
  if (file.reviewState === null)
    throw new AppError("RULE", {
      key: "errors:quality.signedSlip",
      values: { name: file.name },
    });
  return file;
}

function alreadyDecided(file: OrderFile): AppError {
  const phrase: Phrase = file.decision
    ? {
        key: `errors:quality.alreadyDecided.${file.decision.decision}`,
        values: { name: file.name, reviewer: file.decision.reviewer },
      }
    : { key: "errors:quality.changed", values: { name: file.name } };
  return new AppError("CONFLICT", phrase, { file });
}

/** Moves a file from one version to the next; false if someone else moved it first. */
async function bumpVersion(
  trx: Kysely<Database>,
  file: OrderFile,
  reviewState: "pending" | "approved" | "rejected",
): Promise<boolean> {
  const result = await trx
    .updateTable("files")
    .set({ review_state: reviewState, version: file.version + 1 })
    .where("id", "=", file.id)
    .where("version", "=", file.version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function reviewFile(
  context: RequestContext,
  input: ReviewInput,
): Promise<OrderFile> {
  const user = signedInUser(context);
  const now = context.clock.now();
  // The file as this transaction left it, read inside it: on a team's server another console may
  // move it on right after the commit, and the screen's Undo must name this version.
  return context.db.transaction().execute(async (trx) => {
    const file = await fileForReview(trx, input.fileId);
    if (file.version !== input.fileVersion || file.reviewState !== "pending")
      throw alreadyDecided(file);
    if (!(await bumpVersion(trx, file, input.decision)))
      throw alreadyDecided((await getFile(trx, file.id)) ?? file);
    const reason =
      input.decision === "rejected" ? (input.reason ?? null) : null;
    await trx
      .insertInto("file_reviews")
      .values({
        file_id: file.id,
        decision: input.decision,
        reason,
        reviewer_id: user.id,
        decided_at: now.toISOString(),
        undone_at: null,
      })
      .execute();
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "file.reviewed",
      entity: "file",
      entityId: file.id,
      orderId: file.orderId,
      before: { name: file.name, reviewState: "pending" },
      after: { name: file.name, reviewState: input.decision },
      reason,
    });
    return decidedFile(trx, file.id);
  });
}

async function decidedFile(trx: Kysely<Database>, id: number) {
  const file = await getFile(trx, id);
  if (!file) throw notFound("file", id);
  return file;
}

/** Orders past this point have been marked Ready on the decisions in force: those stand. */
const undoableStatuses = ["open", "assigned"];

export async function undoReview(
  context: RequestContext,
  fileId: number,
  fileVersion: number,
): Promise<OrderFile> {
  const user = signedInUser(context);
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const file = await fileForReview(trx, fileId);
    // Undone and decided again elsewhere (another console, another window): that decision stands.
    if (file.version !== fileVersion && file.reviewState !== "pending")
      throw alreadyDecided(file);
    const last = await trx
      .selectFrom("file_reviews")
      .innerJoin("users", "users.id", "file_reviews.reviewer_id")
      .select(["file_reviews.id", "file_reviews.reviewer_id", "users.name"])
      .where("file_id", "=", fileId)
      .where("undone_at", "is", null)
      .orderBy("file_reviews.id", "desc")
      .executeTakeFirst();
    if (file.reviewState === "pending" || !last)
      throw new AppError("RULE", {
        key: "errors:quality.nothingToUndo",
        values: { name: file.name },
      });
    if (last.reviewer_id !== user.id && user.role !== "admin")
      throw new AppError("FORBIDDEN", {
        key: "errors:quality.onlyDecider",
        values: { reviewer: last.name, name: file.name },
      });
    const order = await trx
      .selectFrom("orders")
      .select(["number", "status"])
      .where("id", "=", file.orderId)
      .executeTakeFirstOrThrow();
    if (!undoableStatuses.includes(order.status))
      throw new AppError("RULE", {
        key: "errors:quality.decisionsStand",
        values: { number: order.number, status: order.status },
      });
    if (!(await bumpVersion(trx, file, "pending")))
      throw alreadyDecided((await getFile(trx, file.id)) ?? file);
    await trx
      .updateTable("file_reviews")
      .set({ undone_at: now.toISOString() })
      .where("id", "=", last.id)
      .execute();
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "file.reviewUndone",
      entity: "file",
      entityId: file.id,
      orderId: file.orderId,
      before: { name: file.name, reviewState: file.reviewState },
      after: { name: file.name, reviewState: "pending" },
    });
    return decidedFile(trx, file.id);
  });
}
