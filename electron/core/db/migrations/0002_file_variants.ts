// Frozen once landed: never edit this file, add a new migration instead.
// Files gain the SHA-256 of the bytes as uploaded (to spot a duplicate import before any work) and
// of their thumbnail. The review queue reads pending files oldest first.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("files")
    .addColumn("source_sha256", "text")
    .execute();
  await db.schema
    .alterTable("files")
    .addColumn("thumb_sha256", "text")
    .execute();
  await db.schema
    .createIndex("files_order_source")
    .on("files")
    .columns(["order_id", "folder", "source_sha256"])
    .execute();
  await db.schema
    .createIndex("file_reviews_reviewer")
    .on("file_reviews")
    .columns(["reviewer_id", "decided_at"])
    .execute();
}
