// Which engine a Kysely instance talks to. The queries are the same on both; the few places that
// need an engine's own function (full-text search, case-insensitive LIKE) ask here.
import {
  PostgresAdapter,
  sql,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from "kysely";

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
