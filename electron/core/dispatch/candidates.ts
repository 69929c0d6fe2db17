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

/** One partner with what it lacks for the order, whatever that is, so a refusal names all of it. */
function onePartnerQuery(
  db: Kysely<Database>,
  order: OrderToPlace,
  partnerId: number,
) {
  return db
    .selectFrom("partners as p")
    .leftJoin(
      () => regionPartners(db, order.region, partnerId).as("r"),
      (join) => join.onRef("r.partner_id", "=", "p.id"),
    )
    .leftJoin(
      () => capabilityMatches(db, order.capabilities, partnerId).as("c"),
      (join) => join.onRef("c.partner_id", "=", "p.id"),
    )
    .select(partnerColumns)
    .where("p.id", "=", partnerId);
}

/**
 * The partners worth mentioning for an order, with what each lacks, in one query: in the region and
 * lacking at most one capability, or able to make it (without capabilities: every partner). The
 * region and the capabilities are joined as two small grouped tables, never a subquery per partner
 * (PostgreSQL would run it 2,000 times); the rest stay on the server. (Sending only the first 50
 * partners elsewhere, with a UNION, costs PostgreSQL more than the rows it saves.)
 */
function worthMentioningQuery(db: Kysely<Database>, order: OrderToPlace) {
  const wanted = order.capabilities.length;
  const matched = sql<number>`coalesce(c.matched, 0)`;
  return db
    .selectFrom("partners as p")
    .leftJoin(
      () => regionPartners(db, order.region).as("r"),
      (join) => join.onRef("r.partner_id", "=", "p.id"),
    )
    .leftJoin(
      () => capabilityMatches(db, order.capabilities).as("c"),
      (join) => join.onRef("c.partner_id", "=", "p.id"),
    )
    .select(partnerColumns)
    .$if(wanted > 0, (q) =>
      q.where((eb) =>
        eb.or([
          eb(matched, "=", wanted),
          eb.and([
            eb("r.partner_id", "is not", null),
            eb(matched, ">=", wanted - 1),
          ]),
        ]),
      ),
    );
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

export async function partnersForDispatch(
  db: Kysely<Database>,
  order: OrderToPlace,
): Promise<PartnerForDispatch[]> {
  const rows = await worthMentioningQuery(db, order).execute();
  // A stable order, in which the partners kept out are listed (the first 50). Sorted here: an
  // ORDER BY changes PostgreSQL's plan and costs a millisecond.
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
