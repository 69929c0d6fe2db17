// Where the demo seeder's statements go: straight into a connection (inside the caller's
// transaction), or to a thread of their own (seed-writer-thread.ts), so that SQLite writes one part
// of the demo while the seeder makes the next.
import type BetterSqlite3 from "better-sqlite3";

export interface SeedWriter {
  /** Runs one statement with its values (prepared once per text). */
  run(sql: string, values: unknown[]): void;
  /** Runs statements without values. */
  exec(sql: string): void;
}

export function directWriter(sqlite: BetterSqlite3.Database): SeedWriter {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    run(sql, values) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      statement.run(values);
    },
    exec(sql) {
      sqlite.exec(sql);
    },
  };
}
