// quality.queue: pending files oldest first, with the order they belong to.
import type { Kysely } from "kysely";
import type { ReviewQueue } from "../../../shared/contract";
import type { ReviewableFolder } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { ofCurrentAssignment } from "../files/current-assignment-files";
import { selectFiles, toOrderFile } from "../files/list-files";

export interface QueueFilter {
  folder?: ReviewableFolder;
  partnerId?: number;
  orderId?: number;
}

export async function reviewQueue(
  db: Kysely<Database>,
  filter: QueueFilter,
  limit: number,
): Promise<ReviewQueue> {
  const pending = db
    .selectFrom("files")
    .innerJoin("orders", "orders.id", "files.order_id")
    .where("files.review_state", "=", "pending")
    // An ended assignment's photos decide nothing any more.
    .where(ofCurrentAssignment)
    .$if(filter.folder !== undefined, (q) =>
      q.where("files.folder", "=", filter.folder as ReviewableFolder),
    )
    .$if(filter.orderId !== undefined, (q) =>
      q.where("files.order_id", "=", filter.orderId as number),
    )
    .$if(filter.partnerId !== undefined, (q) =>
      q.where("orders.partner_id", "=", filter.partnerId as number),
    );
  const summary = await pending
    .select((eb) => [
      eb.fn.countAll<number>().as("total"),
      eb.fn.min("files.uploaded_at").as("oldest"),
    ])
    .executeTakeFirstOrThrow();
  const ids = await pending
    .select("files.id")
    .orderBy("files.uploaded_at")
    .orderBy("files.id")
    .limit(limit)
    .execute();
  if (ids.length === 0) return { items: [], total: 0, oldestUploadedAt: null };
  const rows = await selectFiles(db)
    .innerJoin("orders", "orders.id", "files.order_id")
    .select([
      "orders.number as order_number",
      "orders.title as order_title",
      "orders.partner_id",
      "orders.partner_name",
      "orders.customer_name",
    ])
    .where(
      "files.id",
      "in",
      ids.map((r) => r.id),
    )
    .orderBy("files.uploaded_at")
    .orderBy("files.id")
    .execute();
  return {
    items: rows.map((row) => ({
      ...toOrderFile(row),
      orderNumber: row.order_number,
      orderTitle: row.order_title,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      customerName: row.customer_name,
    })),
    total: Number(summary.total),
    oldestUploadedAt: summary.oldest ?? null,
  };
}
