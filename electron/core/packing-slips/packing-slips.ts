// Generating a packing slip: read the order's current data, render the PDF outside any
// transaction, store its bytes, then record the slip; a new version whenever the order changed.
import type { Kysely } from "kysely";
import type { PackingSlipInfo } from "../../../shared/contract";
import { businessTimeZone } from "../../../shared/rules/business-time";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { slipData } from "./slip-data";
import { defaultSlipRenderer } from "./slip-pool";

const generatedAtText = (instant: Date) =>
  `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: businessTimeZone }).format(instant)} (Amsterdam time)`;

export async function latestSlip(
  db: Kysely<Database>,
  orderId: number,
): Promise<PackingSlipInfo | null> {
  const row = await db
    .selectFrom("packing_slips")
    .innerJoin("orders", "orders.id", "packing_slips.order_id")
    .select([
      "packing_slips.id",
      "packing_slips.page_count",
      "packing_slips.generated_at",
      "packing_slips.order_version",
      "orders.version",
    ])
    .where("packing_slips.order_id", "=", orderId)
    .orderBy("packing_slips.id", "desc")
    .executeTakeFirst();
  return row
    ? {
        fileId: row.id,
        pageCount: row.page_count,
        generatedAt: row.generated_at,
        current: row.order_version === row.version,
      }
    : null;
}

export async function generateSlip(
  context: RequestContext,
  orderId: number,
): Promise<PackingSlipInfo> {
  const { db, clock, files, resourcesDir } = context;
  const user = signedInUser(context);
  const latest = await latestSlip(db, orderId);
  if (latest?.current) return latest; // the order has not changed since: the slip stands
  const data = await slipData(db, orderId);
  const now = clock.now();
  // Rendering (off this thread) and writing the file happen outside the transaction.
  const { bytes, pageCount } = await defaultSlipRenderer()({
    data,
    generatedAt: generatedAtText(now),
    resourcesDir,
  });
  const stored = await files.put(bytes);
  return db.transaction().execute(async (trx) => {
    const slip = await trx
      .insertInto("packing_slips")
      .values({
        order_id: orderId,
        order_version: data.orderVersion,
        sha256: stored.sha256,
        size_bytes: stored.size,
        page_count: pageCount,
        generated_at: now.toISOString(),
        generated_by: user.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "packingSlip.generated",
      entity: "packing_slip",
      entityId: slip.id,
      orderId,
      after: { pages: pageCount, orderVersion: data.orderVersion },
    });
    const current = await trx
      .selectFrom("orders")
      .select("version")
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    return {
      fileId: slip.id,
      pageCount,
      generatedAt: now.toISOString(),
      current: current.version === data.orderVersion,
    };
  });
}
