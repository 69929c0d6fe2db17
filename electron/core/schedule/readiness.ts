// What Ready needs (DOMAIN.md): the four to-dos done, an approved finished-product photo and an
// approved packed-product photo, approved drawings and samples where the order requires them, and a
// packing slip generated from the order's current data. A rejected drawing or sample does not block
// Ready once a replacement is approved: the partner sends a new file, the rejected one stays on record.
// Only files of the current assignment count: a new partner does not inherit the last one's photos.
import type { Kysely } from "kysely";
import type { ReadinessCondition } from "../../../shared/contract";
import type { FileFolder } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { ofCurrentAssignment } from "../files/current-assignment-files";
import { listTodos } from "../orders/order-parts";

async function folderApproved(
  db: Kysely<Database>,
  orderId: number,
  folder: FileFolder,
): Promise<{ approved: number; pending: number }> {
  const rows = await db
    .selectFrom("files")
    .select(["review_state", (eb) => eb.fn.countAll<number>().as("n")])
    .where("order_id", "=", orderId)
    .where("folder", "=", folder)
    .where(ofCurrentAssignment)
    .groupBy("review_state")
    .execute();
  const count = (state: string) =>
    Number(rows.find((r) => r.review_state === state)?.n ?? 0);
  return {
    approved: count("approved"),
    pending: count("pending"),
  };
}

export async function readiness(
  db: Kysely<Database>,
  orderId: number,
): Promise<ReadinessCondition[]> {
  const order = await db
    .selectFrom("orders")
    .select(["id", "requires_production_drawing", "requires_sample_picture"])
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", orderId);
  const todos = await listTodos(db, orderId);
  const finished = await folderApproved(db, orderId, "finished_product");
  const packed = await folderApproved(db, orderId, "packed_product");
  const conditions: ReadinessCondition[] = [
    {
      key: "todos",
      label: {
        key: "orders:ready.condition.todos",
        values: {
          done: todos.filter((t) => t.doneAt).length,
          total: todos.length,
        },
      },
      met: todos.length === 4 && todos.every((t) => t.doneAt),
    },
    {
      key: "finished_photo",
      label: { key: "orders:ready.condition.finished_photo" },
      met: finished.approved > 0,
    },
    {
      key: "packed_photo",
      label: { key: "orders:ready.condition.packed_photo" },
      met: packed.approved > 0,
    },
  ];
  if (order.requires_production_drawing) {
    const drawings = await folderApproved(db, orderId, "production_drawing");
    conditions.push({
      key: "drawings",
      label: { key: "orders:ready.condition.drawings" },
      met: drawings.approved > 0 && drawings.pending === 0,
    });
  }
  if (order.requires_sample_picture) {
    const samples = await folderApproved(db, orderId, "sample_picture");
    conditions.push({
      key: "samples",
      label: { key: "orders:ready.condition.samples" },
      met: samples.approved > 0 && samples.pending === 0,
    });
  }
  // The slip must be generated from the order's current version: any later change outdates it.
  const slip = await db
    .selectFrom("packing_slips")
    .innerJoin("orders", "orders.id", "packing_slips.order_id")
    .select("packing_slips.id")
    .where("packing_slips.order_id", "=", orderId)
    .whereRef("packing_slips.order_version", "=", "orders.version")
    .executeTakeFirst();
  conditions.push({
    key: "packing_slip",
    label: { key: "orders:ready.condition.packing_slip" },
    met: slip !== undefined,
  });
  return conditions;
}
