// Team mode: file contents in the database's blobs table, so every console sees the same photos,
// slips and attachments. Content-addressed as on disk: the same bytes are stored once.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { FileStore } from "./file-store";

export function databaseFileStore(
  db: Kysely<Database>,
  now: () => Date,
): FileStore {
  return {
    async put(bytes) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const inserted = await db
        .insertInto("blobs")
        .values({
          sha256,
          bytes,
          size_bytes: bytes.length,
          created_at: now().toISOString(),
        })
        .onConflict((oc) => oc.column("sha256").doNothing())
        .executeTakeFirst();
      return {
        sha256,
        size: bytes.length,
        created: Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1,
      };
    },
    async read(sha256) {
      const row = await db
        .selectFrom("blobs")
        .select("bytes")
        .where("sha256", "=", sha256)
        .executeTakeFirst();
      if (!row) throw new Error(`No stored file has the SHA-256 ${sha256}`);
      return Buffer.from(row.bytes);
    },
    async remove(sha256) {
      await db.deleteFrom("blobs").where("sha256", "=", sha256).execute();
    },
  };
}
