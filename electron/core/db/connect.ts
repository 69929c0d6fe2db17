// Opens the SQLite database with the settings of DESIGN.md: WAL, synchronous FULL, foreign keys,
// a busy timeout so a second process waits for a lock instead of failing at once.
import BetterSqlite3 from "better-sqlite3";
import {
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
} from "kysely";
import type { PostgresHandle } from "./connect-postgres";
import type { Database } from "./schema";

/** SQLite runs DDL inside transactions; Kysely's adapter says it does not, so migrations would run unwrapped. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class CutrSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Prepared statements kept by their SQL text: a few hundred cover every query the console builds. */
const keptStatements = 500;

/**
 * The database as Kysely's SQLite driver sees it, with its statements prepared once and kept:
 * Kysely prepares every statement again on each call, and preparing cost as much as running on the
 * console's small writes (an import of 10,000 orders spent 2.8 s of 7.8 s preparing). A kept
 * statement still running (a cursor being read) is not shared: a new one is prepared for the call.
 */
function withKeptStatements(
  sqlite: BetterSqlite3.Database,
): BetterSqlite3.Database {
  const kept = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string) => {
    const found = kept.get(source);
    if (found && !found.busy) return found;
    const statement = sqlite.prepare(source);
    if (!found) {
      if (kept.size >= keptStatements)
        kept.delete(kept.keys().next().value as string);
      kept.set(source, statement);
    }
    return statement;
  };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      let method = bound.get(property);
      if (!method) {
        method = value.bind(target);
        bound.set(property, method);
      }
      return method;
    },
  });
}

export interface SqliteHandle {
  dialect: "sqlite";
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  /** The file it lives in, or ':memory:'. */
  file: string;
  close(): Promise<void>;
}

/** The console's database: a local SQLite file, or a PostgreSQL server in team mode. */
export type DatabaseHandle = SqliteHandle | PostgresHandle;

export function openDatabase(
  file: string,
  options: { readonly?: boolean } = {},
): SqliteHandle {
  const sqlite = new BetterSqlite3(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  sqlite.pragma("busy_timeout = 5000");
  if (file !== ":memory:" && !options.readonly)
    sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  // 16 MiB of pages in memory (SQLite's default is 2 MiB): writes to a large database's many
  // indexes (an import of thousands of orders) read fewer pages back from disk. More gained little
  // and showed in the console's memory after reading a long list.
  sqlite.pragma("cache_size = -16384");
  const db = new Kysely<Database>({
    dialect: new CutrSqliteDialect({ database: withKeptStatements(sqlite) }),
  });
  return {
    dialect: "sqlite",
    db,
    sqlite,
    file,
    close: async () => {
      await db.destroy();
    },
  };
}
