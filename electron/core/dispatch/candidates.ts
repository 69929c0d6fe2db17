// The ranked candidates of one open order, from the partners' maintained aggregates (rating, tier,
// active orders), never from a scan of all ratings.
import { sql, type Kysely } from "kysely";
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
import { dialectOf } from "../db/dialect";

export async function orderForDispatch(db: Kysely<Database>, orderId: number) {
  const row = await selectOrderRows(db)
    .select(["orders.requires_installation"])
    .select(openOffers)
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!row) throw notFound("Order", orderId);
  const capabilities = (await capabilitiesOf(db, [orderId])).get(orderId) ?? [];
  return {
    ...toOrderRow(row),
    capabilities,
    openOffers: Number(row.open_offers ?? 0),
    requiresInstallation: row.requires_installation === 1,
  };
}

/** Every partner that serves the region or has every capability, with what it lacks. */
export async function partnersForDispatch(
  db: Kysely<Database>,
  order: { region: string; capabilities: Capability[] },
): Promise<PartnerForDispatch[]> {
  const needed =
    order.capabilities.length > 0 ? order.capabilities : ["__none__"];
  const rows = await db
    .selectFrom("partners as p")
    .select((eb) => [
      "p.id",
      "p.name",
      "p.active",
      "p.capacity",
      "p.active_orders",
      "p.tier",
      "p.rating",
      "p.last_assigned_at",
      eb
        .exists(
          eb
            .selectFrom("partner_regions as r")
            .select("r.partner_id")
            .whereRef("r.partner_id", "=", "p.id")
            .where("r.region", "=", order.region as never),
        )
        .as("serves"),
      eb
        .selectFrom("partner_capabilities as c")
        .select(
          (dialectOf(db) === "postgres"
            ? sql<string>`string_agg(c.capability, ',')`
            : sql<string>`group_concat(c.capability)`
          ).as("caps"),
        )
        .whereRef("c.partner_id", "=", "p.id")
        .where("c.capability", "in", needed as Capability[])
        .as("matched"),
    ])
    .execute();
  return (
    rows
      .map((r) => {
        const matched = new Set((r.matched ?? "").split(",").filter(Boolean));
        return {
          partnerId: r.id,
          name: r.name,
          active: r.active === 1,
          servesRegion: Boolean(r.serves),
          missingCapabilities: order.capabilities.filter(
            (c) => !matched.has(c),
          ),
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
  const order = await orderForDispatch(db, orderId);
  const ranking = rankCandidates(order, await partnersForDispatch(db, order));
  return {
    order,
    keyAccount: order.keyAccount,
    noHighlyRatedAvailable: ranking.noHighlyRatedAvailable,
    candidates: ranking.candidates,
    excluded: ranking.excluded.slice(0, 50),
    offers: await offersOf(db, orderId),
  };
}
