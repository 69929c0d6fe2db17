// Files as callers see them: with the uploader's name and the review decision in force.
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { OrderFile } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { ofCurrentAssignment } from "./current-assignment-files";

/** The files query every reader starts from; callers add their own filter and order. */
export function selectFiles(db: Kysely<Database>) {
  return db
    .selectFrom("files")
    .leftJoin("users as uploader", "uploader.id", "files.uploaded_by")
    .leftJoin("file_reviews as review", (join) =>
      join.on("review.id", "=", (eb) =>
        eb
          .selectFrom("file_reviews as r")
          .select((eb2) => eb2.fn.max("r.id").as("id"))
          .whereRef("r.file_id", "=", "files.id")
          .where("r.undone_at", "is", null),
      ),
    )
    .leftJoin("users as reviewer", "reviewer.id", "review.reviewer_id")
    .select([
      "files.id",
      "files.order_id",
      "files.folder",
      "files.name",
      "files.mime",
      "files.size_bytes",
      "files.width",
      "files.height",
      "files.review_state",
      "files.version",
      "files.uploaded_at",
      "files.thumb_sha256",
      "uploader.name as uploader_name",
      "review.decision",
      "review.reason",
      "review.decided_at",
      "reviewer.name as reviewer_name",
      (eb) =>
        eb
          .case()
          .when(ofCurrentAssignment(eb))
          .then(0)
          .else(1)
          .end()
          .as("earlier_assignment"),
    ]);
}

type FileRow =
  ReturnType<typeof selectFiles> extends SelectQueryBuilder<
    Database,
    never,
    infer R
  >
    ? R
    : never;

export function toOrderFile(row: FileRow): OrderFile {
  const decided =
    row.review_state !== null &&
    row.review_state !== "pending" &&
    row.decision !== null;
  return {
    id: row.id,
    orderId: row.order_id,
    folder: row.folder,
    name: row.name,
    mime: row.mime,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    reviewState: row.review_state,
    version: row.version,
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploader_name,
    hasThumb: row.thumb_sha256 !== null,
    fromEarlierAssignment: Number(row.earlier_assignment) === 1,
    decision: decided
      ? {
          decision: row.decision as "approved" | "rejected",
          reason: row.reason,
          reviewer: row.reviewer_name ?? "Unknown",
          decidedAt: row.decided_at as string,
        }
      : null,
  };
}

export async function listFiles(
  db: Kysely<Database>,
  orderId: number,
): Promise<OrderFile[]> {
  const rows = await selectFiles(db)
    .where("files.order_id", "=", orderId)
    .orderBy("files.folder")
    .orderBy("files.uploaded_at", "desc")
    .orderBy("files.id", "desc")
    .execute();
  return rows.map(toOrderFile);
}

export async function getFile(
  db: Kysely<Database>,
  fileId: number,
): Promise<OrderFile | undefined> {
  const row = await selectFiles(db)
    .where("files.id", "=", fileId)
    .executeTakeFirst();
  return row && toOrderFile(row);
}
