// Frozen once landed: never edit this file, add a new migration instead.
// Order scores kept exactly, so a tier is decided in rational arithmetic (DOMAIN.md, Ratings):
// score_points / score_parts is a rating's stars summed over the factors given, or a counted
// cancellation's score in hundredths. The partners' ratings and tiers are recomputed from them
// by start-core once this migration has run (recompute-after-exact-scores.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("partner_scores")
    .addColumn("score_points", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("partner_scores")
    .addColumn("score_parts", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // A score whose rating row is missing keeps its stored value, in hundredths.
  await sql`UPDATE partner_scores SET
      score_points = coalesce(
        (SELECT r.quality + r.communication + r.involvement + r.delivery_time + r.budget
                  + coalesce(r.customer_satisfaction, 0)
         FROM ratings r WHERE r.id = partner_scores.rating_id),
        CAST(round(score * 100) AS integer)),
      score_parts = coalesce(
        (SELECT CASE WHEN r.customer_satisfaction IS NULL THEN 5 ELSE 6 END
         FROM ratings r WHERE r.id = partner_scores.rating_id),
        100)
    WHERE source = 'rating'`.execute(db);
  await sql`UPDATE partner_scores SET
      score_points = CAST(round(score * 100) AS integer), score_parts = 100
    WHERE source = 'cancellation'`.execute(db);
}
