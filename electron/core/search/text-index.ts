// The full-text indexes behind order and message search, on either engine: SQLite's FTS5 tables
// (migrations 0001 and 0004) or PostgreSQL's tsvector column and expression index. Whatever the
// user types is data, never query syntax, on both.
import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import { dialectOf } from "../db/dialect";
import type { Database } from "../db/schema";

/** An FTS5 phrase: the typed text quoted, so operators such as OR or * are taken literally. */
function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** An FTS5 query in which every word is a prefix, quoted so nothing typed is FTS syntax. */
export function ftsPrefixQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replaceAll('"', '""')}"*`)
    .join(" ");
}

/**
 * A tsquery in which every word is a prefix. tsquery's operators typed by the user become spaces,
 * and so do hyphens and slashes, which separate words in the index (migration 0001).
 */
export function tsPrefixQuery(text: string): string {
  return text
    .replace(/[&|!():*'\\<>\-/]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `'${word}':*`)
    .join(" & ");
}

/** Orders whose number, customer, partner or address holds the text as a phrase. */
export function orderMatchesPhrase(
  db: Kysely<Database>,
  text: string,
): Expression<SqlBool> {
  return dialectOf(db) === "postgres"
    ? sql<SqlBool>`orders.search_document @@ phraseto_tsquery('cutr_search', translate(${text}, '-/', '  '))`
    : sql<SqlBool>`orders.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ${ftsPhrase(text)})`;
}

/** Orders with a word starting with each typed word, at most `limit` of the best matches. */
export function orderMatchesPrefixes(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Expression<SqlBool> {
  if (dialectOf(db) === "postgres") {
    const query = tsPrefixQuery(text);
    return query
      ? sql<SqlBool>`orders.search_document @@ to_tsquery('cutr_search', ${query})`
      : sql<SqlBool>`false`;
  }
  return sql<SqlBool>`orders.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ${ftsPrefixQuery(text)} ORDER BY rank LIMIT ${limit})`;
}

export interface MessageHit {
  id: number;
  order_id: number;
  number: string;
  kind: "cutr" | "customer";
  author_name: string;
  snippet: string;
}

/** The newest messages with a word starting with each typed word, with a few words around the match. */
export async function newestMessageHits(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<MessageHit[]> {
  if (dialectOf(db) === "postgres") {
    const query = tsPrefixQuery(text);
    if (!query) return [];
    const hits = await sql<MessageHit>`
      SELECT m.id, t.order_id, o.number, t.kind, m.author_name,
        ts_headline('cutr_search', message_words(m.body), to_tsquery('cutr_search', ${query}),
          'StartSel="", StopSel="", MaxWords=12, MinWords=4, FragmentDelimiter=" … "') AS snippet
      FROM (
        SELECT id FROM messages
        WHERE to_tsvector('cutr_search', message_words(body)) @@ to_tsquery('cutr_search', ${query})
        ORDER BY id DESC LIMIT ${limit}
      ) AS hits
      JOIN messages m ON m.id = hits.id
      JOIN message_threads t ON t.id = m.thread_id
      JOIN orders o ON o.id = t.order_id
      ORDER BY m.id DESC`.execute(db);
    return hits.rows;
  }
  // The newest matches first, straight from the index (FTS5 walks rowids backwards), so a word
  // found in a hundred thousand messages costs no more than a rare one.
  const hits =
    await sql<MessageHit>`SELECT m.id, t.order_id, o.number, t.kind, m.author_name, hits.snippet
      FROM (
        SELECT rowid, snippet(message_search, 0, '', '', '…', 12) AS snippet
        FROM message_search
        WHERE message_search MATCH ${ftsPrefixQuery(text)}
        ORDER BY rowid DESC
        LIMIT ${limit}
      ) AS hits
      JOIN messages m ON m.id = hits.rowid
      JOIN message_threads t ON t.id = m.thread_id
      JOIN orders o ON o.id = t.order_id
      ORDER BY m.id DESC`.execute(db);
  return hits.rows;
}
