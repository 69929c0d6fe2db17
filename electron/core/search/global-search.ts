// search.global: what a few typed letters find across the console. Orders by any part of their
// number, title, customer, partner or address (order-infix.ts), numbers holding the text first; partners
// and customers by any part of their name (a few thousand rows at most); message text by word
// prefixes (text-index.ts). When nothing at all holds the text as typed, the orders, partners and customers
// within one typo of it are given instead, and said to be (near-match-candidates.ts).
import type { Expression, Kysely, SqlBool } from "kysely";
import type { SearchResults } from "../../../shared/contract";
import { escapeLike, inIds, textLike } from "../db/dialect";
import type { Database } from "../db/schema";
import { namedNearly, ordersNearly } from "./near-match-candidates";
import { correctableWords } from "./near-matches";
import { orderMatchesAnywhere, orderNumberHolds } from "./order-infix";
import { byIndexFirst, newestMessageHits } from "./text-index";

type OrderHit = SearchResults["orders"][number];

function ordersWhere(
  db: Kysely<Database>,
  where: Expression<SqlBool>,
  limit: number,
): Promise<OrderHit[]> {
  return db
    .selectFrom("orders")
    .select([
      "id",
      "number",
      "title",
      "status",
      "customer_name as customerName",
      "partner_name as partnerName",
    ])
    .where(where)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

/** Orders whose number holds the text, then the others holding it anywhere, newest first in each. */
async function ordersHolding(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<OrderHit[]> {
  const byNumber = orderNumberHolds(db, text, limit);
  const [numbered, anywhere] = await Promise.all([
    byNumber ? ordersWhere(db, byNumber, limit) : [],
    byIndexFirst(db, (scope) =>
      ordersWhere(scope, orderMatchesAnywhere(scope, text, limit * 4), limit),
    ),
  ]);
  const listed = new Set(numbered.map((o) => o.id));
  return [...numbered, ...anywhere.filter((o) => !listed.has(o.id))].slice(
    0,
    limit,
  );
}

const namesHolding = (
  db: Kysely<Database>,
  table: "partners" | "customers",
  text: string,
  limit: number,
) =>
  db
    .selectFrom(table)
    .select(["id", "name", "city"])
    .where(textLike(db, "name", `%${escapeLike(text)}%`))
    .orderBy("name")
    .limit(limit)
    .execute();

export async function globalSearch(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<SearchResults> {
  const [orders, partners, customers, messages] = await Promise.all([
    ordersHolding(db, text, limit),
    namesHolding(db, "partners", text, limit),
    namesHolding(db, "customers", text, limit),
    newestMessageHits(db, text, limit),
  ]);
  const found = {
    orders,
    partners,
    customers,
    messages: messages.map((m) => ({
      id: m.id,
      orderId: m.order_id,
      orderNumber: m.number,
      thread: m.kind,
      authorName: m.author_name,
      snippet: m.snippet,
    })),
  };
  // Only a search that found nothing at all looks for what lies a typo away: one that found
  // messages was typed as meant.
  const nothingFound =
    orders.length + partners.length + customers.length + messages.length === 0;
  if (!nothingFound || correctableWords(text).length === 0)
    return { ...found, nearMatches: false };
  const [nearOrderIds, nearPartners, nearCustomers] = await Promise.all([
    ordersNearly(db, text, limit),
    namedNearly(db, "partners", text, limit),
    namedNearly(db, "customers", text, limit),
  ]);
  const nearOrders =
    nearOrderIds.length > 0
      ? await ordersWhere(db, inIds(db, "orders.id", nearOrderIds), limit)
      : [];
  return {
    ...found,
    orders: nearOrders,
    partners: nearPartners,
    customers: nearCustomers,
    nearMatches:
      nearOrders.length + nearPartners.length + nearCustomers.length > 0,
  };
}
