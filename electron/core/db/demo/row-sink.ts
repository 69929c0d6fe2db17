// Bulk inserts for demo and scale data: rows are buffered per table and column set and written
// as multi-row INSERTs, many rows per statement, to a seed writer (inside its transaction). Rows are
// checked against the Database types at compile time. Call flush() before reading what was written.
import type { Insertable } from "kysely";
import type { Database } from "../schema";
import type { SeedWriter } from "./seed-writer";

export type Row<T extends keyof Database> = Insertable<Database[T]> & {
  id?: number;
};

interface Buffer {
  key: string;
  table: string;
  columns: string[];
  values: unknown[];
  rows: number;
}

/** Rows per statement: enough to amortise the call into SQLite, well under its 32,766 parameters. */
const rowsPerStatement = 64;

export class RowSink {
  private readonly statements = new Map<string, string>();
  private readonly buffers = new Map<string, Buffer>();
  private readonly lastOf = new Map<string, Buffer>();
  constructor(private readonly writer: SeedWriter) {}

  insert<T extends keyof Database>(table: T, row: Row<T>): void {
    const columns = Object.keys(row);
    // A table's rows nearly always have the columns of its last row: found without building the
    // key (a string per row was a tenth of the demo's seeding, garbage collection included).
    const last = this.lastOf.get(table);
    const buffer =
      last && sameColumns(last.columns, columns)
        ? last
        : this.bufferFor(table, columns);
    for (const column of columns)
      buffer.values.push((row as Record<string, unknown>)[column]);
    buffer.rows += 1;
    if (buffer.rows === rowsPerStatement) this.write(buffer);
  }

  private bufferFor(table: string, columns: string[]): Buffer {
    const key = `${table}(${columns.join(",")})`;
    let buffer = this.buffers.get(key);
    if (!buffer) {
      buffer = { key, table, columns, values: [], rows: 0 };
      this.buffers.set(key, buffer);
    }
    this.lastOf.set(table, buffer);
    return buffer;
  }

  flush(): void {
    for (const buffer of this.buffers.values())
      if (buffer.rows > 0) this.write(buffer);
  }

  private write(buffer: Buffer): void {
    const statementKey = `${buffer.key}x${buffer.rows}`;
    let statement = this.statements.get(statementKey);
    if (!statement) {
      const tuple = `(${buffer.columns.map(() => "?").join(", ")})`;
      statement = `INSERT INTO ${buffer.table} (${buffer.columns.join(", ")}) VALUES ${Array(buffer.rows).fill(tuple).join(", ")}`;
      this.statements.set(statementKey, statement);
    }
    this.writer.run(statement, buffer.values);
    buffer.values = [];
    buffer.rows = 0;
  }
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
