// The email that tells a partner an order's rating. Its body is written when the rating is saved
// (so the Outbox shows it) and written again when it leaves, 10 working days later: it then states
// the order's score and the partner's rating as they stand at that moment (DOMAIN.md, Ratings).
import type { Kysely } from "kysely";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import type { Database } from "../db/schema";
import { formatsFor } from "../i18n/formats";

export const ratingNoticeKind = "rating_notice";

/** The notice's subject and body for a rated order, from the data as it is now; null when unrated. */
export async function ratingNotice(
  db: Kysely<Database>,
  orderId: number,
): Promise<{ recipient: string; subject: string; body: string } | null> {
  const row = await db
    .selectFrom("ratings as r")
    .innerJoin("orders as o", "o.id", "r.order_id")
    .innerJoin("partners as p", "p.id", "r.partner_id")
    .select([
      "o.number",
      "r.score",
      "p.name",
      "p.email",
      "p.language",
      "p.rating",
    ])
    .where("r.order_id", "=", orderId)
    .executeTakeFirst();
  if (!row) return null;
  const t = translatorFor(row.language);
  const formats = formatsFor(row.language);
  return {
    recipient: row.email,
    subject: t("email:ratingNotice.subject", { number: row.number }),
    body: t("email:ratingNotice.body", {
      name: row.name,
      number: row.number,
      score: formats.rating(row.score),
      rating:
        row.rating === null
          ? t("email:ratingNotice.notSet")
          : formats.rating(row.rating),
    }),
  };
}
