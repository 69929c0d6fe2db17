// search.global: what a few typed letters find across the console. Orders and message text through
// their FTS5 indexes (every word a prefix: "müll ams" finds Müller in Amsterdam), partners and
// customers by name (a few thousand rows at most).
import { sql, type Kysely } from "kysely";
import type { SearchResults } from "../../../shared/contract";
import type { Database } from "../db/schema";

/** An FTS5 query in which every word is a prefix, quoted so nothing typed is FTS syntax. */
export function prefixQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replaceAll('"', '""')}"*`)
    .join(" ");
}

/** LIKE's wildcards typed by the user are searched for as themselves. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A name some word of which starts with the text: "ams" finds "Hotel Amstel", not "Adamski". */
const nameStarts = (text: string) =>
  sql<boolean>`(name LIKE ${`${escapeLike(text)}%`} ESCAPE '\\' OR name LIKE ${`% ${escapeLike(text)}%`} ESCAPE '\\')`;

export async function globalSearch(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<SearchResults> {
  const match = prefixQuery(text);
  const [orders, partners, customers, messages] = await Promise.all([
    db
      .selectFrom("orders")
      .select([
        "id",
        "number",
        "title",
        "status",
        "customer_name",
        "partner_name",
      ])
      .where(
        "id",
        "in",
        sql<number>`(SELECT rowid FROM order_search WHERE order_search MATCH ${match} ORDER BY rank LIMIT ${limit * 4})`,
      )
      .orderBy("created_at", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("partners")
      .select(["id", "name", "city"])
      .where(nameStarts(text))
      .orderBy("name")
      .limit(limit)
      .execute(),
    db
      .selectFrom("customers")
      .select(["id", "name", "city"])
      .where(nameStarts(text))
      .orderBy("name")
      .limit(limit)
      .execute(),
    // The newest matches first, straight from the index (FTS5 walks rowids backwards), so a word
    // found in a hundred thousand messages costs no more than a rare one.
    sql<{
      id: number;
      order_id: number;
      number: string;
      kind: "cutr" | "customer";
      author_name: string;
      snippet: string;
    }>`SELECT m.id, t.order_id, o.number, t.kind, m.author_name, hits.snippet
        FROM (
          SELECT rowid, snippet(message_search, 0, '', '', '…', 12) AS snippet
          FROM message_search
          WHERE message_search MATCH ${match}
          ORDER BY rowid DESC
          LIMIT ${limit}
        ) AS hits
        JOIN messages m ON m.id = hits.rowid
        JOIN message_threads t ON t.id = m.thread_id
        JOIN orders o ON o.id = t.order_id
        ORDER BY m.id DESC`.execute(db),
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
    messages: messages.rows.map((m) => ({
      id: m.id,
      orderId: m.order_id,
      orderNumber: m.number,
      thread: m.kind,
      authorName: m.author_name,
      snippet: m.snippet,
    })),
  };
}
