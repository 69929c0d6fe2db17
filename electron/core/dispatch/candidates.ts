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
import type { Policy } from "../../../shared/policy";
import { notFound } from "../errors";
import { selectOrderRows, toOrderRow } from "../orders/order-row";
import { capabilitiesIn, openOffers, orderCapabilities } from "./queue";

export async function orderForDispatch(db: Kysely<Database>, orderId: number) {
  const row = await selectOrderRows(db)
    .select(["orders.requires_installation"])
    .select(openOffers)
    .select(orderCapabilities(db))
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!row) throw notFound("order", orderId);
  return {
    ...toOrderRow(row),
    capabilities: capabilitiesIn(row.capabilities),
    openOffers: Number(row.open_offers ?? 0),
    requiresInstallation: row.requires_installation === 1,
  };
}

/** What the partners are matched against: where the order is made and what it needs. */
interface OrderToPlace {
  region: string;
  capabilities: Capability[];
}

/** How many of the order's capabilities each partner has, and which, as a bit mask. */
function capabilityMatches(
  db: Kysely<Database>,
  wanted: Capability[],
  only?: number,
) {
  const mask =
    wanted.length === 0
      ? sql<number>`0`
      : sql<number | string>`sum(CASE capability ${sql.join(
          wanted.map((capability, i) => sql`WHEN ${capability} THEN ${2 ** i}`),
          sql` `,
        )} ELSE 0 END)`;
  return db
    .selectFrom("partner_capabilities")
    .select([
      "partner_id",
      mask.as("mask"),
      sql<number | string>`count(*)`.as("matched"),
    ])
    .where("capability", "in", wanted.length > 0 ? wanted : ["—" as never])
    .$if(only !== undefined, (q) => q.where("partner_id", "=", only ?? 0))
    .groupBy("partner_id");
}

function regionPartners(db: Kysely<Database>, region: string, only?: number) {
  return db
    .selectFrom("partner_regions")
    .select("partner_id")
    .where("region", "=", region as never)
    .$if(only !== undefined, (q) => q.where("partner_id", "=", only ?? 0));
}

const partnerColumns = [
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
] as const;

/**
 * Partners with how they fit the order: whether they serve its region, and which of its capabilities
 * they have. The region and the capabilities are joined as two small grouped tables, never a
 * subquery per partner (PostgreSQL would run it 2,000 times).
 */
function partnersWithFit(
  db: Kysely<Database>,
  order: OrderToPlace,
  only?: number,
) {
  return db
    .selectFrom("partners as p")
    .leftJoin(
      () => regionPartners(db, order.region, only).as("r"),
      (join) => join.onRef("r.partner_id", "=", "p.id"),
    )
    .leftJoin(
      () => capabilityMatches(db, order.capabilities, only).as("c"),
      (join) => join.onRef("c.partner_id", "=", "p.id"),
    )
    .select(partnerColumns);
}

const matched = sql<number>`coalesce(c.matched, 0)`;

/** One partner with what it lacks for the order, whatever that is, so a refusal names all of it. */
function onePartnerQuery(
  db: Kysely<Database>,
  order: OrderToPlace,
  partnerId: number,
) {
  return partnersWithFit(db, order, partnerId).where("p.id", "=", partnerId);
}

/**
 * The partners of the order's region worth mentioning: every candidate, and those kept out that a
 * dispatcher would look for (paused, full, or lacking one capability).
 */
function inRegionQuery(db: Kysely<Database>, order: OrderToPlace) {
  const wanted = order.capabilities.length;
  return partnersWithFit(db, order)
    .where("r.partner_id", "is not", null)
    .$if(wanted > 1, (q) => q.where(matched, ">=", wanted - 1));
}

/** The first partners by id outside the region that could make the order (kept out for it). */
function elsewhereQuery(
  db: Kysely<Database>,
  order: OrderToPlace,
  limit: number,
) {
  const wanted = order.capabilities.length;
  return partnersWithFit(db, order)
    .where("r.partner_id", "is", null)
    .$if(wanted > 0, (q) => q.where(matched, "=", wanted))
    .orderBy("p.id")
    .limit(limit);
}

type DispatchPartnerRow = Awaited<
  ReturnType<ReturnType<typeof onePartnerQuery>["execute"]>
>[number];

function toPartnerForDispatch(
  r: DispatchPartnerRow,
  wanted: Capability[],
): PartnerForDispatch {
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
}

/** The partners of the order's region worth mentioning, by id (see inRegionQuery). */
export async function regionPartnersWorthMentioning(
  db: Kysely<Database>,
  order: OrderToPlace,
): Promise<PartnerForDispatch[]> {
  const rows = await inRegionQuery(db, order).execute();
  // Sorted here: an ORDER BY changes PostgreSQL's plan and costs a millisecond.
  rows.sort((a, b) => a.id - b.id);
  return rows.map((r) => toPartnerForDispatch(r, order.capabilities));
}

/**
 * The partner chosen for an assignment, in one round trip: what decides whether it may take the
 * order (that partner alone: its rank does not matter, so nobody else is ranked inside the
 * transaction), where its email goes, and whether it has delivered an order before (a first-time
 * partner gets a check-in meeting). Undefined when there is no such partner.
 */
export async function partnerForAssignment(
  db: Kysely<Database>,
  order: OrderToPlace,
  partnerId: number,
) {
  const row = await onePartnerQuery(db, order, partnerId)
    .select(["p.email", "p.language"])
    .select((eb) =>
      eb
        .case()
        .when(
          eb.exists(
            eb
              .selectFrom("assignments as a")
              .innerJoin("orders as o", "o.id", "a.order_id")
              .select("a.id")
              .whereRef("a.partner_id", "=", "p.id")
              .where("a.cancelled_at", "is", null)
              .whereRef("o.partner_id", "=", "p.id")
              .where("o.delivered_at", "is not", null),
          ),
        )
        .then(sql.lit(1))
        .else(sql.lit(0))
        .end()
        .as("delivered_before"),
    )
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    partner: toPartnerForDispatch(row, order.capabilities),
    email: row.email,
    language: row.language,
    deliveredBefore: Number(row.delivered_before) === 1,
  };
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

/** How many partners kept out of an order the candidates list names. */
const keptOutShown = 50;

export async function dispatchCandidates(
  db: Kysely<Database>,
  orderId: number,
  /** The tier thresholds in force, to say which candidates are near one. */
  thresholds: Pick<Policy, "highlyRatedFrom" | "compliantFrom">,
): Promise<CandidatesResult> {
  const [order, offers] = await Promise.all([
    orderForDispatch(db, orderId),
    offersOf(db, orderId),
  ]);
  const ranking = rankCandidates(
    order,
    await regionPartnersWorthMentioning(db, order),
    thresholds,
  );
  // Kept out, at most 50: the region's partners first, then partners elsewhere that could make it,
  // asked for only when the region leaves room (hundreds of them, each "not in the region").
  const excluded = ranking.excluded.slice(0, keptOutShown);
  if (excluded.length < keptOutShown) {
    const elsewhere = await elsewhereQuery(
      db,
      order,
      keptOutShown - excluded.length,
    ).execute();
    excluded.push(
      ...rankCandidates(
        order,
        elsewhere.map((r) => toPartnerForDispatch(r, order.capabilities)),
      ).excluded,
    );
  }
  return {
    order,
    keyAccount: order.keyAccount,
    noHighlyRatedAvailable: ranking.noHighlyRatedAvailable,
    candidates: ranking.candidates,
    excluded,
    offers,
  };
}
