// The order scores in a partner's rating window, summed per denominator: what its exact rating
// (shared/rules/tier.ts) is computed from. Integer sums are exact on SQLite and PostgreSQL alike.
import type { Kysely } from "kysely";
import type { ScoreGroup } from "../../../shared/rules/tier";
import type { Database } from "../db/schema";

/** Every partner's score groups from windowStart on (or one partner's, or of one source), by partner id. */
export async function scoreGroupsByPartner(
  db: Kysely<Database>,
  windowStart: string,
  partnerId?: number,
  source?: "rating" | "cancellation",
): Promise<Map<number, ScoreGroup[]>> {
  let query = db
    .selectFrom("partner_scores")
    .select((eb) => [
      "partner_id",
      "score_parts",
      eb.fn.sum<number | string>("score_points").as("points"),
      eb.fn.countAll<number | string>().as("count"),
    ])
    .where("scored_on", ">=", windowStart)
    .groupBy(["partner_id", "score_parts"]);
  if (partnerId !== undefined)
    query = query.where("partner_id", "=", partnerId);
  if (source !== undefined) query = query.where("source", "=", source);
  const byPartner = new Map<number, ScoreGroup[]>();
  for (const row of await query.execute()) {
    const groups = byPartner.get(row.partner_id) ?? [];
    groups.push({
      parts: row.score_parts,
      points: Number(row.points),
      count: Number(row.count),
    });
    byPartner.set(row.partner_id, groups);
  }
  return byPartner;
}
