// search.global: what a few typed letters find across the console. Orders and message text through
// their FTS5 indexes (every word a prefix: "müll ams" finds Müller in Amsterdam), partners and
// customers by name (a few thousand rows at most).
import { sql, type Kysely } from "kysely";
import type { SearchResults } from "../../../shared/contract";
import { escapeLike, textLike } from "../db/dialect";
import type { Database } from "../db/schema";
import {
  byIndexFirst,
  newestMessageHits,
  orderMatchesPrefixes,
} from "./text-index";

/** A name some word of which starts with the text: "ams" finds "Hotel Amstel", not "Adamski". */
const nameStarts = (db: Kysely<Database>, text: string) =>
  sql<boolean>`(${textLike(db, "name", `${escapeLike(text)}%`)} OR ${textLike(db, "name", `% ${escapeLike(text)}%`)})`;

export async function globalSearch(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<SearchResults> {
  const [orders, partners, customers, messages] = await Promise.all([
    byIndexFirst(db, (scope) =>
      scope
        .selectFrom("orders")
        .select([
          "id",
          "number",
          "title",
          "status",
          "customer_name",
          "partner_name",
        ])
        .where(orderMatchesPrefixes(scope, text, limit * 4))
        .orderBy("created_at", "desc")
        .limit(limit)
        .execute(),
    ),
    db
      .selectFrom("partners")
      .select(["id", "name", "city"])
      .where(nameStarts(db, text))
      .orderBy("name")
      .limit(limit)
      .execute(),
    db
      .selectFrom("customers")
      .select(["id", "name", "city"])
      .where(nameStarts(db, text))
      .orderBy("name")
      .limit(limit)
      .execute(),
    newestMessageHits(db, text, limit),
  ]);
  return {
    orders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      title: o.title,
      status: o.status,
      customerName: o.customer_name,
      partnerName: o.partner_name,
    })),
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
}
