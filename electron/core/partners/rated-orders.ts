// The orders that make up a partner's rating: ratings with their factors and revisions, and
// cancellations that count, newest first.
import type { Kysely } from "kysely";
import type { Page, RatedOrderRow } from "../../../shared/contract";
import type { Database } from "../db/schema";

export async function ratedOrders(
  db: Kysely<Database>,
  input: { partnerId: number; offset: number; limit: number },
): Promise<Page<RatedOrderRow>> {
  const rows = await db
    .selectFrom("partner_scores as s")
    .innerJoin("orders as o", "o.id", "s.order_id")
    .leftJoin("ratings as r", "r.id", "s.rating_id")
    .select((eb) => [
      "s.order_id",
      "o.number",
      "s.source",
      "s.scored_on",
      "s.score",
      "r.quality",
      "r.communication",
      "r.involvement",
      "r.delivery_time",
      "r.budget",
      "r.customer_satisfaction",
      eb
        .selectFrom("rating_revisions as v")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("v.rating_id", "=", "s.rating_id")
        .as("revisions"),
    ])
    .where("s.partner_id", "=", input.partnerId)
    .orderBy("s.scored_on", "desc")
    .orderBy("s.id", "desc")
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const { total } = await db
    .selectFrom("partner_scores")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("partner_id", "=", input.partnerId)
    .executeTakeFirstOrThrow();
  return {
    total: Number(total),
    rows: rows.map((r) => ({
      orderId: r.order_id,
      number: r.number,
      source: r.source,
      scoredOn: r.scored_on,
      score: r.score,
      factors:
        r.quality === null
          ? null
          : {
              quality: r.quality,
              communication: r.communication,
              involvement: r.involvement,
              deliveryTime: r.delivery_time,
              budget: r.budget,
              customerSatisfaction: r.customer_satisfaction,
            },
      revisions: Number(r.revisions ?? 0),
    })),
  };
}
