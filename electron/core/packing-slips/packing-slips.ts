// Generating a packing slip: read the order's current data, render the PDF outside any
// transaction, store its bytes, then record the slip; a new version whenever the order changed,
// or when the slip is asked for in another language.
import type { Kysely } from "kysely";
import type { PackingSlipInfo } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import type { Language } from "../../../shared/i18n/languages";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { formatsFor } from "../i18n/formats";
import { slipData } from "./slip-data";
import { defaultSlipRenderer } from "./slip-pool";

const generatedAtText = (instant: Date, language: Language) =>
  translatorFor(language)("slip:generatedAt", {
    time: formatsFor(language).instant(instant),
  });

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
      "packing_slips.language",
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
        language: row.language,
      }
    : null;
}

export async function generateSlip(
  context: RequestContext,
  orderId: number,
  requestedLanguage?: Language,
): Promise<PackingSlipInfo> {
  const { db, clock, files, resourcesDir } = context;
  const user = signedInUser(context);
  const language = requestedLanguage ?? user.language;
  const latest = await latestSlip(db, orderId);
  // The order has not changed since, and the slip is in the language asked for: it stands.
  if (latest?.current && latest.language === language) return latest;
  const data = await slipData(db, orderId);
  const now = clock.now();
  // Rendering (off this thread) and writing the file happen outside the transaction.
  const { bytes, pageCount } = await defaultSlipRenderer()({
    data,
    language,
    generatedAt: generatedAtText(now, language),
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
        language,
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
      after: { pages: pageCount, orderVersion: data.orderVersion, language },
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
      language,
    };
  });
}
