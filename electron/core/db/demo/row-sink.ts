// Bulk inserts for demo and scale data: rows are buffered per table and column set and written
// as multi-row INSERTs, many rows per statement, inside the caller's transaction. Rows are
// checked against the Database types at compile time. Call flush() before reading what was written.
import type BetterSqlite3 from "better-sqlite3";
import type { Insertable } from "kysely";
import type { Database } from "../schema";

export type Row<T extends keyof Database> = Insertable<Database[T]> & {
  id?: number;
};

interface Buffer {
  table: string;
  columns: string[];
  values: unknown[];
  rows: number;
}

/** Rows per statement: enough to amortise the call into SQLite, well under its 32,766 parameters. */
const rowsPerStatement = 64;

export class RowSink {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly buffers = new Map<string, Buffer>();
  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  insert<T extends keyof Database>(table: T, row: Row<T>): void {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(",")})`;
    let buffer = this.buffers.get(key);
    if (!buffer) {
      buffer = { table, columns, values: [], rows: 0 };
      this.buffers.set(key, buffer);
    }
    for (const column of columns)
      buffer.values.push((row as Record<string, unknown>)[column]);
    buffer.rows += 1;
    if (buffer.rows === rowsPerStatement) this.write(key, buffer);
  }

  flush(): void {
    for (const [key, buffer] of this.buffers)
      if (buffer.rows > 0) this.write(key, buffer);
  }

  private write(key: string, buffer: Buffer): void {
    const statementKey = `${key}x${buffer.rows}`;
    let statement = this.statements.get(statementKey);
    if (!statement) {
      const tuple = `(${buffer.columns.map(() => "?").join(", ")})`;
      statement = this.sqlite.prepare(
        `INSERT INTO ${buffer.table} (${buffer.columns.join(", ")}) VALUES ${Array(buffer.rows).fill(tuple).join(", ")}`,
      );
      this.statements.set(statementKey, statement);
    }
    statement.run(buffer.values);
    buffer.values = [];
    buffer.rows = 0;
  }
}
