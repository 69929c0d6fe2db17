import type { PartnerRow } from "../../../shared/contract";
import type { PartnerRecord } from "../db/schema";

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
  r: Pick<PartnerRecord, (typeof partnerRowColumns)[number]>,
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
  };
}
