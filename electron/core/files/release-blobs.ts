// When a change that stored blobs fails before its rows commit, the blobs it wrote must not stay
// behind as orphans. A blob is content-addressed and may be shared, so it is deleted only when no
// row of files or packing_slips refers to it.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { FileStore } from "./file-store";

export async function releaseBlobs(
  db: Kysely<Database>,
  store: FileStore,
  sha256s: readonly (string | null | undefined)[],
): Promise<void> {
  for (const sha256 of new Set(sha256s)) {
    if (!sha256) continue;
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
      .limit(1)
      .executeTakeFirst();
    if (!used) await store.remove(sha256);
  }
}
