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
  const db = new Kysely<Database>({
    dialect: new CutrSqliteDialect({ database: sqlite }),
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
