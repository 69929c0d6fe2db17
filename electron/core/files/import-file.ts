// files.import: one upload into an order's folder. The expensive work (content check, re-encoding,
// thumbnail, writing blobs) happens before the short transaction that records the row; if that
// transaction fails, the blobs it would have referenced are released again.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import pLimit from "p-limit";
import type { OrderFile } from "../../../shared/contract";
import type { FileFolder } from "../../../shared/domain";
import { reviewableFolders } from "../../../shared/domain";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { ofCurrentAssignment } from "./current-assignment-files";
import { AppError, notFound } from "../errors";
import { loadPolicy } from "../settings/policy";
import type { StoredFile } from "./file-store";
import { getFile } from "./list-files";
import { prepareUpload } from "./prepare-upload";
import { releaseBlobs } from "./release-blobs";

export interface ImportInput {
  orderId: number;
  folder: FileFolder;
  name: string;
  dataBase64: string;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/**
 * Uploads checked and re-encoded at once, whichever window or transport sends them: each takes
 * sharp's threads and a few times the file in memory. The others wait their turn.
 */
const preparing = pLimit(2);

async function refuseCancelled(
  db: Kysely<Database>,
  orderId: number,
): Promise<void> {
  const order = await db
    .selectFrom("orders")
    .select(["number", "status"])
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", orderId);
  if (order.status === "cancelled")
    throw new AppError("RULE", {
      key: "errors:files.cancelledOrder",
      values: { number: order.number },
    });
}

async function refuseDuplicate(
  db: Kysely<Database>,
  input: ImportInput,
  sourceSha256: string,
): Promise<void> {
  const duplicate = await db
    .selectFrom("files")
    .select("name")
    .where("order_id", "=", input.orderId)
    .where("folder", "=", input.folder)
    .where("source_sha256", "=", sourceSha256)
    // An earlier assignment's copy counts for nothing now: the same bytes may be sent again.
    .where(ofCurrentAssignment)
    .executeTakeFirst();
  if (duplicate)
    throw new AppError(
      "CONFLICT",
      {
        key: "errors:files.duplicate",
        values: { folder: input.folder, name: duplicate.name },
      },
      { duplicateOf: duplicate.name },
    );
}

export async function importFile(
  context: RequestContext,
  input: ImportInput,
): Promise<OrderFile> {
  const user = signedInUser(context);
  const { db, files } = context;
  const bytes = Buffer.from(input.dataBase64, "base64");
  if (bytes.length === 0)
    throw new AppError("BAD_INPUT", {
      key: "errors:files.empty",
      values: { name: input.name },
    });
  const { maxFileBytes } = await loadPolicy(db);
  if (bytes.length > maxFileBytes)
    throw new AppError("RULE", {
      key: "errors:files.tooLarge",
      values: {
        name: input.name,
        size: megabytes(bytes.length),
        max: megabytes(maxFileBytes),
      },
    });
  await refuseCancelled(db, input.orderId);
  const sourceSha256 = createHash("sha256").update(bytes).digest("hex");
  await refuseDuplicate(db, input, sourceSha256);

  const prepared = await preparing(() =>
    prepareUpload(input.folder, input.name, bytes),
  );
  const now = context.clock.now();
  let stored: StoredFile | null = null;
  let thumb: StoredFile | null = null;
  let fileId: number;
  try {
    // Both written (and flushed to disk) side by side; one written when the other fails is released.
    const [full, small] = await Promise.allSettled([
      files.put(prepared.bytes),
      prepared.thumb ? files.put(prepared.thumb) : null,
    ]);
    stored = full.status === "fulfilled" ? full.value : null;
    thumb = small.status === "fulfilled" ? small.value : null;
    if (full.status === "rejected") throw full.reason;
    if (small.status === "rejected") throw small.reason;
    const blob = full.value;
    fileId = await db.transaction().execute(async (trx) => {
      // Checked again inside the transaction: the order may have been cancelled, or the same
      // file added, meanwhile.
      await refuseCancelled(trx, input.orderId);
      await refuseDuplicate(trx, input, sourceSha256);
      const row = await trx
        .insertInto("files")
        .values({
          order_id: input.orderId,
          folder: input.folder,
          name: input.name,
          sha256: blob.sha256,
          source_sha256: sourceSha256,
          thumb_sha256: thumb?.sha256 ?? null,
          size_bytes: blob.size,
          mime: prepared.mime,
          width: prepared.width,
          height: prepared.height,
          review_state: (reviewableFolders as readonly string[]).includes(
            input.folder,
          )
            ? "pending"
            : null,
          uploaded_at: now.toISOString(),
          uploaded_by: user.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        at: now,
        userId: user.id,
        action: "file.imported",
        entity: "file",
        entityId: row.id,
        orderId: input.orderId,
        after: { folder: input.folder, name: input.name },
      });
      return row.id;
    });
  } catch (error) {
    await releaseBlobs(db, files, [stored, thumb]);
    throw error;
  }
  const file = await getFile(db, fileId);
  if (!file) throw notFound("file", fileId);
  return file;
}
