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

/** Order numbers' sequence part has five digits (C-2026-02230): orders/order-number.ts. */
const sequenceDigits = 5;

/**
 * The forms a typed word may take in the index: itself, and for a short run of digits also the
 * order number's zero-padded sequence, so that "2230" finds C-2026-02230.
 */
function wordForms(word: string): string[] {
  return /^\d+$/.test(word) && word.length < sequenceDigits
    ? [word, word.padStart(sequenceDigits, "0")]
    : [word];
}

/**
 * An FTS5 query in which every word is a prefix (or, with `whole`, a whole word), quoted so
 * nothing typed is FTS syntax.
 */
export function ftsPrefixQuery(text: string, whole = false): string {
  const star = whole ? "" : "*";
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const forms = wordForms(word).map(
        (form) => `"${form.replaceAll('"', '""')}"${star}`,
      );
      return forms.length > 1 ? `(${forms.join(" OR ")})` : forms[0];
    })
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
    .map((word) => {
      const forms = wordForms(word).map((form) => `'${form}':*`);
      return forms.length > 1 ? `(${forms.join(" | ")})` : forms[0];
    })
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

/**
 * The typed words worth a prefix search of message text: a single letter starts a word in nearly
 * every message, so it narrows nothing and costs a walk of most of the index ("n der" is "der").
 */
const messageWords = (text: string) =>
  text
    .split(/\s+/)
    .filter((word) => [...word].length >= 2)
    .join(" ");

/**
 * The newest messages with a word starting with each typed word, with a few words around the match;
 * those holding the words themselves first.
 */
export async function newestMessageHits(
  db: Kysely<Database>,
  typed: string,
  limit: number,
): Promise<MessageHit[]> {
  const text = messageWords(typed);
  if (!text) return [];
  if (dialectOf(db) === "postgres") {
    const query = tsPrefixQuery(text);
    return query ? newestPostgresHits(db, query, limit) : [];
  }
  // Messages with the words as typed first: each whole word is one list in the index, walked from
  // the newest and skipped through, so even words in half a million old messages cost next to
  // nothing. Only when those are too few are the words taken as prefixes ("photo" for "photos"),
  // which merges the lists of every word they start (tens of milliseconds for common ones).
  const whole = await newestSqliteHits(db, ftsPrefixQuery(text, true), limit);
  if (whole.length >= limit) return whole;
  const prefixed = await newestSqliteHits(db, ftsPrefixQuery(text), limit);
  const listed = new Set(whole.map((hit) => hit.id));
  return [...whole, ...prefixed.filter((hit) => !listed.has(hit.id))].slice(
    0,
    limit,
  );
}

/** The newest messages an FTS5 query matches (FTS5 walks rowids backwards), with a snippet each. */
async function newestSqliteHits(
  db: Kysely<Database>,
  match: string,
  limit: number,
): Promise<MessageHit[]> {
  const hits =
    await sql<MessageHit>`SELECT m.id, t.order_id, o.number, t.kind, m.author_name, hits.snippet
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
      ORDER BY m.id DESC`.execute(db);
  return hits.rows;
}

/** How many of the newest messages are searched by walking them, before the index is asked. */
const recentWindow = 5_000;

/**
 * PostgreSQL's GIN index finds matches but not the newest first, and the planner cannot tell a
 * word in every message from one in none. So: walk the newest messages first (a common word is
 * found there at once), and only when they hold too few matches ask the index for older ones
 * (few, for a rare word), with the walk switched off so the planner cannot choose it again.
 */
async function newestPostgresHits(
  db: Kysely<Database>,
  query: string,
  limit: number,
): Promise<MessageHit[]> {
  const recent = await sql<{ id: number }>`
    SELECT id FROM (SELECT id, search_document FROM messages ORDER BY id DESC LIMIT ${recentWindow}) AS newest
    WHERE search_document @@ to_tsquery('cutr_search', ${query})
    ORDER BY id DESC LIMIT ${limit}`.execute(db);
  const ids = recent.rows.map((r) => r.id);
  if (ids.length < limit) {
    const floor = await sql<{ floor: number | null }>`
      SELECT min(id) AS floor FROM (SELECT id FROM messages ORDER BY id DESC LIMIT ${recentWindow}) AS newest`.execute(
      db,
    );
    const below = floor.rows[0]?.floor;
    // Older matches by the index alone: few for a rare word; for a word common only long ago, every
    // match is fetched and sorted (the slow case: tens of milliseconds at a million messages).
    if (below !== null && below !== undefined) {
      const older = await byIndexFirst(db, (trx) =>
        sql<{ id: number }>`
          SELECT id FROM messages
          WHERE search_document @@ to_tsquery('cutr_search', ${query}) AND id < ${below}
          ORDER BY id DESC LIMIT ${limit - ids.length}`.execute(trx),
      );
      ids.push(...older.rows.map((r) => r.id));
    }
  }
  if (ids.length === 0) return [];
  const hits = await sql<MessageHit>`
    SELECT m.id, t.order_id, o.number, t.kind, m.author_name,
      ts_headline('cutr_search', message_words(m.body), to_tsquery('cutr_search', ${query}),
        'StartSel="", StopSel="", MaxWords=12, MinWords=4, FragmentDelimiter=" … "') AS snippet
    FROM messages m
    JOIN message_threads t ON t.id = m.thread_id
    JOIN orders o ON o.id = t.order_id
    WHERE m.id IN (${sql.join(ids)})
    ORDER BY m.id DESC`.execute(db);
  return hits.rows;
}

/**
 * Runs a full-text query so that PostgreSQL asks the text index first, instead of walking another
 * index in the wanted order and testing every row: its estimate for a typed prefix is a guess, and
 * a wrong guess walks all 200,000 orders for a word none of them has. SQLite's FTS5 has no such
 * choice to make.
 */
export function byIndexFirst<T>(
  db: Kysely<Database>,
  query: (scope: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (dialectOf(db) !== "postgres") return query(db);
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_indexscan = off`.execute(trx);
    return query(trx);
  });
}
