// Opens the SQLite database with the settings of DESIGN.md: WAL, synchronous FULL, foreign keys,
// a busy timeout so a second process waits for a lock instead of failing at once.
import BetterSqlite3 from "better-sqlite3";
import {
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
} from "kysely";
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

export interface DatabaseHandle {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  /** The file it lives in, or ':memory:'. */
  file: string;
  close(): Promise<void>;
}

export function openDatabase(
  file: string,
  options: { readonly?: boolean } = {},
): DatabaseHandle {
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
    db,
    sqlite,
    file,
    close: async () => {
      await db.destroy();
    },
  };
}
