// The ranked candidates of one open order, from the partners' maintained aggregates (rating, tier,
// active orders), never from a scan of all ratings.
import type { Kysely } from "kysely";
import type { CandidatesResult, OfferRow } from "../../../shared/contract";
import type { Capability } from "../../../shared/domain";
import {
  rankCandidates,
  type PartnerForDispatch,
} from "../../../shared/rules/rank-candidates";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { selectOrderRows, toOrderRow } from "../orders/order-row";
import { capabilitiesOf, openOffers } from "./queue";

export async function orderForDispatch(db: Kysely<Database>, orderId: number) {
  // Side by side: on a team's server every round trip counts.
  const [row, capabilitiesByOrder] = await Promise.all([
    selectOrderRows(db)
      .select(["orders.requires_installation"])
      .select(openOffers)
      .where("orders.id", "=", orderId)
      .executeTakeFirst(),
    capabilitiesOf(db, [orderId]),
  ]);
  if (!row) throw notFound("order", orderId);
  const capabilities = capabilitiesByOrder.get(orderId) ?? [];
  return {
    ...toOrderRow(row),
    capabilities,
    openOffers: Number(row.open_offers ?? 0),
    requiresInstallation: row.requires_installation === 1,
  };
}

/**
 * Every partner that serves the region or has every capability, with what it lacks. Three plain
 * queries joined here rather than a subquery per partner: PostgreSQL runs those one by one for
 * each of the 2,000 partners. With `only`, just that partner: whether one partner may take an
 * order depends on that partner alone, so an assignment checks it without ranking everyone inside
 * its transaction.
 */
export async function partnersForDispatch(
  db: Kysely<Database>,
  order: { region: string; capabilities: Capability[] },
  only?: number,
): Promise<PartnerForDispatch[]> {
  const [regionRows, capabilityRows] = await Promise.all([
    db
      .selectFrom("partner_regions")
      .select("partner_id")
      .where("region", "=", order.region as never)
      .$if(only !== undefined, (q) => q.where("partner_id", "=", only ?? 0))
      .execute(),
    order.capabilities.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("partner_capabilities")
          .select(["partner_id", "capability"])
          .where("capability", "in", order.capabilities)
          .$if(only !== undefined, (q) => q.where("partner_id", "=", only ?? 0))
          .execute(),
  ]);
  const serving = new Set(regionRows.map((r) => r.partner_id));
  const matched = new Map<number, Set<string>>();
  for (const { partner_id, capability } of capabilityRows)
    matched.set(
      partner_id,
      (matched.get(partner_id) ?? new Set()).add(capability),
    );
  // Without capabilities every partner can make the order; otherwise only those in the region or
  // with one of them are worth reading.
  const worthReading =
    order.capabilities.length === 0
      ? null
      : [...new Set([...serving, ...matched.keys()])];
  if (worthReading?.length === 0) return [];
  const rows = await db
    .selectFrom("partners")
    .select([
      "id",
      "name",
      "active",
      "capacity",
      "active_orders",
      "tier",
      "rating",
      "last_assigned_at",
    ])
    .$if(worthReading !== null, (q) => q.where("id", "in", worthReading ?? []))
    .$if(only !== undefined, (q) => q.where("id", "=", only ?? 0))
    .execute();
  return (
    rows
      .map((r) => {
        const has = matched.get(r.id);
        return {
          partnerId: r.id,
          name: r.name,
          active: r.active === 1,
          servesRegion: serving.has(r.id),
          missingCapabilities: order.capabilities.filter((c) => !has?.has(c)),
          capacity: r.capacity,
          activeOrders: r.active_orders,
          tier: r.tier,
          rating: r.rating,
          lastAssignedAt: r.last_assigned_at,
        };
      })
      // Keep the partners worth mentioning: in the region, or able to make it.
      .filter(
        (p) =>
          (p.servesRegion && p.missingCapabilities.length <= 1) ||
          p.missingCapabilities.length === 0,
      )
  );
}

export async function offersOf(
  db: Kysely<Database>,
  orderId: number,
): Promise<OfferRow[]> {
  const rows = await db
    .selectFrom("offers")
    .innerJoin("partners", "partners.id", "offers.partner_id")
    .select([
      "offers.id",
      "offers.partner_id",
      "partners.name",
      "offers.status",
      "offers.sent_at",
      "offers.responded_at",
    ])
    .where("offers.order_id", "=", orderId)
    .orderBy("offers.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partner_id,
    partnerName: r.name,
    status: r.status,
    sentAt: r.sent_at,
    respondedAt: r.responded_at,
  }));
}

export async function dispatchCandidates(
  db: Kysely<Database>,
  orderId: number,
): Promise<CandidatesResult> {
  const [order, offers] = await Promise.all([
    orderForDispatch(db, orderId),
    offersOf(db, orderId),
  ]);
  const ranking = rankCandidates(order, await partnersForDispatch(db, order));
  return {
    order,
    keyAccount: order.keyAccount,
    noHighlyRatedAvailable: ranking.noHighlyRatedAvailable,
    candidates: ranking.candidates,
    excluded: ranking.excluded.slice(0, 50),
    offers,
  };
}
