// Team mode: the console's database on a shared PostgreSQL server, through Kysely's Postgres
// dialect and node-postgres. The same schema and queries as SQLite; what differs is only here.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { PreparingClient } from "./prepared-statements";
import type { Database } from "./schema";

export interface PostgresHandle {
  dialect: "postgres";
  db: Kysely<Database>;
  pool: pg.Pool;
  /** The URL without its password, for messages and logs. */
  label: string;
  close(): Promise<void>;
}

// Counts and sums come back as int8 and numeric, which node-postgres hands over as strings to
// keep their precision. The console's counts, ids and cents are far below 2^53: make them numbers,
// as SQLite gives them.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? "text");
  }) as typeof pg.types.getTypeParser,
};

export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

/** What is wrong with a team database URL's shape, so a form can say it in the user's language. */
export type DatabaseUrlProblem =
  | { reason: "notUrl" }
  | { reason: "notPostgres"; protocol: string }
  | { reason: "noDatabase" };

const urlProblemText = (problem: DatabaseUrlProblem) => {
  switch (problem.reason) {
    case "notUrl":
      return "CUTR_DATABASE_URL is not a URL. Write it as postgres://user:password@host:5432/database.";
    case "notPostgres":
      return `CUTR_DATABASE_URL must start with postgres:// (it starts with ${problem.protocol}://).`;
    case "noDatabase":
      return "CUTR_DATABASE_URL names no database: add it after the host, as in postgres://user@host:5432/cutr.";
  }
};

/** A URL that cannot name a team database; the message (in English) is for the terminal and log. */
export class DatabaseUrlError extends Error {
  constructor(readonly problem: DatabaseUrlProblem) {
    super(urlProblemText(problem));
    this.name = "DatabaseUrlError";
  }
}

export function openPostgres(
  url: string,
  options: {
    maxConnections?: number;
    /** Prepared statements (see prepared-statements.ts); CUTR_DATABASE_PREPARED=0 turns them off. */
    preparedStatements?: boolean;
  } = {},
): PostgresHandle {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError({ reason: "notUrl" });
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:")
    throw new DatabaseUrlError({
      reason: "notPostgres",
      protocol: parsed.protocol.slice(0, -1),
    });
  if (parsed.pathname.length <= 1)
    throw new DatabaseUrlError({ reason: "noDatabase" });
  const prepared =
    options.preparedStatements ?? process.env.CUTR_DATABASE_PREPARED !== "0";
  const pool = new pg.Pool({
    Client: prepared ? PreparingClient : pg.Client,
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    // A statement that waits on a lock longer than this is a fault, not a queue.
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    types,
  });
  // A server that goes away must not crash the console: the query in flight fails with the
  // cause and the next one reconnects. pg emits the loss on idle clients (the pool's "error") and
  // on a client just checked out (its own "error"); neither may go unheard.
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: "postgres",
    db,
    pool,
    label: redactedUrl(url),
    close: () => db.destroy(),
  };
}
