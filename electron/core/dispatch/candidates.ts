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
 * Every partner that serves the region or has every capability, with what it lacks, in one query:
 * the region and the capabilities are joined as two small grouped tables (never a subquery per
 * partner, which PostgreSQL runs 2,000 times), and the partners not worth mentioning are left on
 * the server. Which of the order's capabilities a partner has comes back as a bit mask, since the
 * engines share no aggregate of strings. With `only`, just that partner: whether one partner may
 * take an order depends on that partner alone, so an assignment checks it without ranking everyone
 * inside its transaction.
 */
export async function partnersForDispatch(
  db: Kysely<Database>,
  order: { region: string; capabilities: Capability[] },
  only?: number,
): Promise<PartnerForDispatch[]> {
  const wanted = order.capabilities;
  const mask =
    wanted.length === 0
      ? sql<number>`0`
      : sql<number | string>`sum(CASE capability ${sql.join(
          wanted.map((capability, i) => sql`WHEN ${capability} THEN ${2 ** i}`),
          sql` `,
        )} ELSE 0 END)`;
  const rows = await db
    .selectFrom("partners as p")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("partner_regions")
          .select("partner_id")
          .where("region", "=", order.region as never)
          .$if(only !== undefined, (q) => q.where("partner_id", "=", only ?? 0))
          .as("r"),
      (join) => join.onRef("r.partner_id", "=", "p.id"),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("partner_capabilities")
          .select([
            "partner_id",
            mask.as("mask"),
            sql<number | string>`count(*)`.as("matched"),
          ])
          .where(
            "capability",
            "in",
            wanted.length > 0 ? wanted : ["—" as never],
          )
          .$if(only !== undefined, (q) => q.where("partner_id", "=", only ?? 0))
          .groupBy("partner_id")
          .as("c"),
      (join) => join.onRef("c.partner_id", "=", "p.id"),
    )
    .select([
      "p.id",
      "p.name",
      "p.active",
      "p.capacity",
      "p.active_orders",
      "p.tier",
      "p.rating",
      "p.last_assigned_at",
      "r.partner_id as region_partner",
      "c.mask",
    ])
    // Keep the partners worth mentioning: in the region and lacking at most one capability, or
    // able to make it. Without capabilities, that is every partner. The one partner asked for by
    // name is always kept, so a refusal names all it lacks.
    .$if(wanted.length > 0 && only === undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb(eb.fn.coalesce("c.matched", sql.lit(0)), "=", wanted.length),
          eb.and([
            eb("r.partner_id", "is not", null),
            eb(
              eb.fn.coalesce("c.matched", sql.lit(0)),
              ">=",
              wanted.length - 1,
            ),
          ]),
        ]),
      ),
    )
    .$if(only !== undefined, (q) => q.where("p.id", "=", only ?? 0))
    .execute();
  // A stable order, in which the partners kept out are listed (the first 50). Sorted here: an
  // ORDER BY changes PostgreSQL's plan and costs a millisecond.
  rows.sort((a, b) => a.id - b.id);
  return rows.map((r) => {
    // PostgreSQL answers a sum as text (a bigint); SQLite as a number.
    const has = Number(r.mask ?? 0);
    return {
      partnerId: r.id,
      name: r.name,
      active: r.active === 1,
      servesRegion: r.region_partner !== null,
      missingCapabilities: wanted.filter((_, i) => (has & (2 ** i)) === 0),
      capacity: r.capacity,
      activeOrders: r.active_orders,
      tier: r.tier,
      rating: r.rating,
      lastAssignedAt: r.last_assigned_at,
    };
  });
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
