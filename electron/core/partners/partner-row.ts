import { subDays } from "date-fns";
import type { ExpressionBuilder } from "kysely";
import type { PartnerRow } from "../../../shared/contract";
import type { Database, PartnerRecord } from "../db/schema";

/** The partner's rating 90 days before `now`: the last history point at or before then. */
export function ratingNinetyDaysAgo(now: Date) {
  const then = subDays(now, 90).toISOString();
  return (eb: ExpressionBuilder<Database, "partners">) =>
    eb
      .selectFrom("partner_rating_history as h")
      .select("h.rating")
      .whereRef("h.partner_id", "=", "partners.id")
      .where("h.recorded_at", "<=", then)
      .orderBy("h.recorded_at", "desc")
      .limit(1)
      .as("rating_then");
}

export const partnerRowColumns = [
  "id",
  "name",
  "city",
  "country",
  "tier",
  "rating",
  "rated_orders",
  "active_orders",
  "capacity",
  "active",
  "communication",
] as const;

export function toPartnerRow(
  r: Pick<PartnerRecord, (typeof partnerRowColumns)[number]> & {
    rating_then: number | null;
  },
): PartnerRow {
  return {
    id: r.id,
    name: r.name,
    city: r.city,
    country: r.country,
    tier: r.tier,
    rating: r.rating,
    ratedOrders: r.rated_orders,
    activeOrders: r.active_orders,
    capacity: r.capacity,
    active: r.active === 1,
    communication: r.communication,
    trend90d:
      r.rating !== null && r.rating_then !== null
        ? r.rating - r.rating_then
        : null,
  };
}
