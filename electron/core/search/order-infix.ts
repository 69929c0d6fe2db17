// Orders found by any part of their number, title, customer, partner or address, on either engine:
// SQLite's FTS5 trigram table order_infix or PostgreSQL's pg_trgm index on orders.infix_text
// (migration 0023). Words shorter than a trigram are matched as word prefixes instead.
import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import { dialectOf, escapeLike } from "../db/dialect";
import type { Database } from "../db/schema";
import { ftsPrefixQuery, tsPrefixQuery } from "./text-index";

/** The shortest word a trigram index can find anywhere in a text. */
export const infixMinimum = 3;

/**
 * What is searched for anywhere: each typed word ("müller amsterdam" finds Müller in Amsterdam),
 * or, when a word is too short for a trigram ("n der", "van K"), the whole text as typed, which is
 * then most likely a piece of one name. A text too short altogether is a word prefix.
 */
export function searchWords(text: string): {
  anywhere: string[];
  prefix: string[];
} {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.every((w) => [...w].length >= infixMinimum))
    return { anywhere: words, prefix: [] };
  const whole = text.trim().replace(/\s+/g, " ");
  return [...whole].length >= infixMinimum
    ? { anywhere: [whole], prefix: [] }
    : { anywhere: [], prefix: words };
}

/** An FTS5 trigram query: each word a quoted substring, all of them required. */
const trigramQuery = (words: string[]) =>
  words.map((w) => `"${w.replaceAll('"', '""')}"`).join(" ");

/**
 * Orders holding every typed word somewhere. On SQLite at most `limit` of the newest matches are
 * taken from the index (FTS5 walks rowids backwards, so a substring in half the orders costs no
 * more than a rare one); a short word among them lifts that cap, as it filters afterwards.
 */
export function orderMatchesAnywhere(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Expression<SqlBool> {
  const { anywhere, prefix } = searchWords(text);
  const conditions: Expression<SqlBool>[] = [];
  if (dialectOf(db) === "postgres") {
    for (const word of anywhere)
      conditions.push(
        sql<SqlBool>`orders.infix_text LIKE '%' || cutr_fold(${escapeLike(word)}) || '%'`,
      );
    if (prefix.length > 0)
      conditions.push(
        sql<SqlBool>`orders.search_document @@ to_tsquery('cutr_search', ${tsPrefixQuery(prefix.join(" "))})`,
      );
  } else {
    if (anywhere.length > 0)
      conditions.push(
        prefix.length > 0
          ? sql<SqlBool>`orders.id IN (SELECT rowid FROM order_infix WHERE order_infix MATCH ${trigramQuery(anywhere)})`
          : sql<SqlBool>`orders.id IN (SELECT rowid FROM order_infix WHERE order_infix MATCH ${trigramQuery(anywhere)} ORDER BY rowid DESC LIMIT ${limit})`,
      );
    if (prefix.length > 0)
      conditions.push(
        sql<SqlBool>`orders.id IN (SELECT rowid FROM order_search WHERE order_search MATCH ${ftsPrefixQuery(prefix.join(" "))} ORDER BY rowid DESC LIMIT ${limit})`,
      );
  }
  return conditions.length > 0
    ? sql<SqlBool>`(${sql.join(conditions, sql` AND `)})`
    : sql<SqlBool>`false`;
}

/**
 * Orders whose number holds the typed text (one word of three characters or more, a digit among
 * them), at most
 * `limit` of the newest: listed before the other matches, since a number is what is typed most.
 */
export function orderNumberHolds(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Expression<SqlBool> | null {
  const word = text.trim().toLowerCase();
  // Only a text with a digit can be part of a number; asking the number column for letters walks
  // every order whose text holds those letters, to find none.
  if (/\s/.test(word) || !/\d/.test(word) || [...word].length < infixMinimum)
    return null;
  return dialectOf(db) === "postgres"
    ? sql<SqlBool>`lower(orders.number) LIKE ${`%${escapeLike(word)}%`}`
    : sql<SqlBool>`orders.id IN (SELECT rowid FROM order_infix WHERE order_infix MATCH ${`number : ${trigramQuery([word])}`} ORDER BY rowid DESC LIMIT ${limit})`;
}
