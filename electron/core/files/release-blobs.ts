// When a change that stored blobs fails before its rows commit, the blobs it wrote must not stay
// behind as orphans. A blob is content-addressed and may be shared, so only a blob this change
// created is deleted, and only when no row of files, packing_slips or message_attachments refers
// to it. (Another process storing the same bytes in the same instant could still lose its blob;
// the window is a few milliseconds and the backup sweep of issue 9 should close it.)
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { FileStore, StoredFile } from "./file-store";

export async function releaseBlobs(
  db: Kysely<Database>,
  store: FileStore,
  written: readonly (StoredFile | null | undefined)[],
): Promise<void> {
  for (const blob of written) {
    if (!blob?.created) continue;
    const sha256 = blob.sha256;
    const used = await db
      .selectFrom("files")
      .select("id")
      .where((eb) =>
        eb.or([eb("sha256", "=", sha256), eb("thumb_sha256", "=", sha256)]),
      )
      .union(
        db
          .selectFrom("packing_slips")
          .select("id")
          .where("sha256", "=", sha256),
      )
      .union(
        db
          .selectFrom("message_attachments")
          .select("id")
          .where("sha256", "=", sha256),
      )
      .limit(1)
      .executeTakeFirst();
    if (!used) await store.remove(sha256);
  }
}
