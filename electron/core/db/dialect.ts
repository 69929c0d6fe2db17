// Which engine a Kysely instance talks to. The queries are the same on both; the few places that
// need an engine's own function (full-text search, case-insensitive LIKE) ask here.
import {
  PostgresAdapter,
  sql,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from "kysely";
import type { Database } from "./schema";

export type Dialect = "sqlite" | "postgres";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? "postgres"
    : "sqlite";
}

/** LIKE ignores ASCII case in SQLite; PostgreSQL's ILIKE does the same (and beyond ASCII). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function caseInsensitiveLike(db: Kysely<any>): "like" | "ilike" {
  return dialectOf(db) === "postgres" ? "ilike" : "like";
}

/** LIKE's wildcards typed by the user are searched for as themselves. */
export const escapeLike = (text: string) =>
  text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column LIKE pattern`, ignoring case on both engines, with backslash as the escape character
 * (build the pattern from typed text with escapeLike).
 */
export function textLike(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  column: string,
  pattern: string,
): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} ${sql.raw(caseInsensitiveLike(db))} ${pattern} ESCAPE '\\'`;
}

/**
 * Takes the row's lock for the rest of the transaction, so concurrent read-then-write changes of
 * the same row (a partner's rating recomputed from all its scores) run one after the other. On
 * PostgreSQL that is SELECT … FOR NO KEY UPDATE; SQLite has one writer at a time already.
 */
export async function lockRow(
  db: Kysely<Database>,
  table: "partners" | "orders",
  id: number,
): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await db
    .selectFrom(table)
    .select("id")
    .where("id", "=", id)
    // Not FOR UPDATE: that would also wait for the key-share locks that inserting a row which
    // refers to this one takes (a partner's new score), and two such transactions deadlock.
    .forNoKeyUpdate()
    .execute();
}

/**
 * Makes a job that every console runs (the daily rating refresh, the 08:00 digest) run in one
 * console at a time on a team's server: the others wait, then find it done. A transaction-scoped
 * advisory lock on PostgreSQL; SQLite has one console.
 */
export async function lockJob(
  db: Kysely<Database>,
  job: string,
): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`SELECT pg_advisory_xact_lock(hashtext(${job}))`.execute(db);
}

/**
 * `column IN ids` with the ids as one bound value, however many there are: a PostgreSQL array, or
 * a JSON array SQLite unpacks. A list of thousands of parameters costs PostgreSQL more to plan than
 * to run, and SQLite refuses more than 32,766.
 */
export function inIds(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  column: string,
  ids: readonly number[],
): RawBuilder<SqlBool> {
  return dialectOf(db) === "postgres"
    ? sql<SqlBool>`${sql.ref(column)} = ANY(${[...ids]}::int[])`
    : sql<SqlBool>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** `column IN texts`, as inIds does for ids: one bound array, however many texts there are. */
export function inTexts(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  column: string,
  texts: readonly string[],
): RawBuilder<SqlBool> {
  return dialectOf(db) === "postgres"
    ? sql<SqlBool>`${sql.ref(column)} = ANY(${[...texts]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(texts)}))`;
}

/**
 * A column's texts from several rows as one comma-separated text, in byte order on both engines:
 * PostgreSQL's string_agg (in the C collation, as SQLite compares) or SQLite's group_concat, for an
 * aggregate subquery that saves a round trip.
 */
export function joinedTexts(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  column: string,
): RawBuilder<string | null> {
  return dialectOf(db) === "postgres"
    ? sql<
        string | null
      >`string_agg(${sql.ref(column)}, ',' ORDER BY ${sql.ref(column)} COLLATE "C")`
    : sql<
        string | null
      >`group_concat(${sql.ref(column)}, ',' ORDER BY ${sql.ref(column)})`;
}
