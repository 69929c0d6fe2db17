// Moving to team mode: copies a local SQLite database, and the files it refers to, into an empty
// PostgreSQL database in one transaction. Every table is counted and checksummed on both sides
// before the commit; a difference rolls everything back, so the server is never half-filled.
import { createHash } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import type { FileStore } from "../files/file-store";
import type { SqliteHandle } from "./connect";
import type { PostgresHandle } from "./connect-postgres";
import { executedMigrationCount, migrateToLatest } from "./migrate";

export interface CopiedTable {
  name: string;
  rows: number;
  /** SHA-256 over the rows in key order, the same on both sides. */
  checksum: string;
}

export interface CopyReport {
  tables: CopiedTable[];
  blobs: number;
}

export class CopyRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyRefusedError";
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tables are walked by name, whatever their columns */
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

interface TableShape {
  name: string;
  /** Columns that are written (generated ones are left to the server). */
  columns: string[];
  /** The primary key's columns, or every column where there is none. */
  key: string[];
  identity: boolean;
}

/**
 * A table's checksum that does not depend on row order (the engines may sort text differently):
 * the sum, modulo 2^256, of every row's SHA-256 over the same text for the same value from either
 * engine.
 */
class TableChecksum {
  private sum = 0n;
  rows = 0;
  add(row: Row, columns: string[]) {
    const hash = createHash("sha256");
    for (const column of columns) {
      const value = row[column];
      hash.update(
        value === null || value === undefined
          ? "\u0000n"
          : Buffer.isBuffer(value) || value instanceof Uint8Array
            ? `\u0000b${Buffer.from(value).toString("hex")}`
            : `\u0000${typeof value === "number" ? "d" : "s"}${String(value)}`,
      );
    }
    this.sum = (this.sum + BigInt(`0x${hash.digest("hex")}`)) % 2n ** 256n;
    this.rows++;
  }
  get hex() {
    return this.sum.toString(16).padStart(64, "0");
  }
}

/** The server's tables in an order that puts every parent before its children. */
async function tableShapes(db: AnyDb): Promise<TableShape[]> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      AND table_name NOT LIKE 'kysely_%'`.execute(db);
  const columns = await sql<{
    table_name: string;
    column_name: string;
    is_generated: string;
    is_identity: string;
  }>`SELECT table_name, column_name, is_generated, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(
    db,
  );
  const keys = await sql<{ table_name: string; column_name: string }>`
    SELECT k.table_name, k.column_name FROM information_schema.table_constraints c
    JOIN information_schema.key_column_usage k
      ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
    WHERE c.table_schema = current_schema() AND c.constraint_type = 'PRIMARY KEY'
    ORDER BY k.table_name, k.ordinal_position`.execute(db);
  const references = await sql<{ child: string; parent: string }>`
    SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
    FROM pg_constraint WHERE contype = 'f'`.execute(db);

  const shapes = new Map<string, TableShape>();
  for (const { name } of tables.rows) {
    const own = columns.rows.filter((c) => c.table_name === name);
    const written = own
      .filter((c) => c.is_generated === "NEVER")
      .map((c) => c.column_name);
    const key = keys.rows
      .filter((k) => k.table_name === name)
      .map((k) => k.column_name);
    shapes.set(name, {
      name,
      columns: written,
      key: key.length > 0 ? key : written,
      identity: own.some((c) => c.is_identity === "YES"),
    });
  }
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: string[]) => {
    if (placed.has(name) || path.includes(name)) return;
    for (const r of references.rows)
      if (r.child === name && r.parent !== name)
        place(r.parent, [...path, name]);
    placed.add(name);
    const shape = shapes.get(name);
    if (shape) ordered.push(shape);
  };
  for (const name of [...shapes.keys()].sort()) place(name, []);
  return ordered;
}

/** Rows of a PostgreSQL table in key order, a page at a time. */
async function* serverRows(
  trx: Transaction<any>,
  table: TableShape,
  page: number,
): AsyncGenerator<Row> {
  for (let offset = 0; ; offset += page) {
    let query = trx.selectFrom(table.name).select(table.columns);
    for (const column of table.key) query = query.orderBy(column);
    const rows = await query.limit(page).offset(offset).execute();
    yield* rows as Row[];
    if (rows.length < page) return;
  }
}

async function copyTable(
  source: SqliteHandle,
  trx: Transaction<any>,
  table: TableShape,
  onProgress?: (table: string, rows: number) => void,
): Promise<CopiedTable> {
  const quoted = (c: string) => `"${c.replaceAll('"', '""')}"`;
  const statement = source.sqlite.prepare(
    `SELECT ${table.columns.map(quoted).join(", ")} FROM ${quoted(table.name)} ORDER BY ${table.key.map(quoted).join(", ")}`,
  );
  // PostgreSQL takes at most 65,535 parameters per statement.
  const batchSize = Math.max(1, Math.floor(30_000 / table.columns.length));
  const checksum = new TableChecksum();
  let batch: Row[] = [];
  let rows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await trx.insertInto(table.name).values(batch).execute();
    rows += batch.length;
    onProgress?.(table.name, rows);
    batch = [];
  };
  for (const row of statement.iterate() as Iterable<Row>) {
    checksum.add(row, table.columns);
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (table.identity)
    await sql`SELECT setval(pg_get_serial_sequence(${table.name}, 'id'),
      coalesce((SELECT max(id) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(
      trx,
    );
  return { name: table.name, rows, checksum: checksum.hex };
}

async function verifyTable(
  trx: Transaction<any>,
  table: TableShape,
  copied: CopiedTable,
): Promise<void> {
  const checksum = new TableChecksum();
  for await (const row of serverRows(trx, table, 5_000))
    checksum.add(row, table.columns);
  if (checksum.rows !== copied.rows || checksum.hex !== copied.checksum)
    throw new Error(
      `The copy of ${table.name} differs from the original (${checksum.rows} of ${copied.rows} rows, ` +
        `checksum ${checksum.hex === copied.checksum ? "equal" : "different"}): nothing was kept on the server.`,
    );
}

/** Every blob on the server holds the bytes its name (their SHA-256) says. */
async function verifyBlobs(trx: Transaction<any>): Promise<void> {
  const bad = await sql<{ n: number }>`
    SELECT count(*) AS n FROM blobs WHERE encode(sha256(bytes), 'hex') <> sha256`.execute(
    trx,
  );
  if (bad.rows[0]!.n > 0)
    throw new Error(
      `${bad.rows[0]!.n} copied files do not match their checksum: nothing was kept on the server.`,
    );
}

/** The blobs every file, attachment and packing slip row points at, from the local file store. */
async function copyBlobs(
  source: SqliteHandle,
  files: FileStore,
  trx: Transaction<any>,
  now: Date,
): Promise<number> {
  const wanted = source.sqlite
    .prepare(
      `SELECT sha256 FROM files UNION SELECT thumb_sha256 FROM files WHERE thumb_sha256 IS NOT NULL
       UNION SELECT sha256 FROM message_attachments UNION SELECT sha256 FROM packing_slips`,
    )
    .pluck()
    .all() as string[];
  let copied = 0;
  for (const sha256 of wanted) {
    let bytes: Buffer;
    try {
      bytes = await files.read(sha256);
    } catch {
      throw new CopyRefusedError(
        `The file ${sha256} that the database refers to is missing from the local file store: ` +
          `nothing was copied. Restore the files folder (or a backup) and try again.`,
      );
    }
    const inserted = await trx
      .insertInto("blobs")
      .values({
        sha256,
        bytes,
        size_bytes: bytes.length,
        created_at: now.toISOString(),
      })
      .onConflict((oc: any) => oc.column("sha256").doNothing())
      .executeTakeFirst();
    copied += Number(inserted.numInsertedOrUpdatedRows ?? 0);
  }
  return copied;
}

/**
 * Tables the migrations fill (the admins' lists start with the console's capabilities and regions):
 * a new database has these rows already, so they do not make it "not empty"; the copy replaces them
 * with the local database's own, edited or not.
 */
const seededByMigrations = new Set(["capabilities", "regions"]);

export async function copyToPostgres(
  source: SqliteHandle,
  sourceFiles: FileStore,
  target: PostgresHandle,
  options: { now: Date; onProgress?: (table: string, rows: number) => void },
): Promise<CopyReport> {
  await migrateToLatest(source);
  const wasMigrated = (await executedMigrationCount(target.db)) > 0;
  await migrateToLatest(target);
  const db = target.db as unknown as AnyDb;
  const shapes = await tableShapes(db);
  if (wasMigrated) {
    for (const table of shapes) {
      if (seededByMigrations.has(table.name)) continue;
      const row = await db
        .selectFrom(table.name)
        .select(sql<number>`1`.as("one"))
        .limit(1)
        .executeTakeFirst();
      if (row)
        throw new CopyRefusedError(
          `The PostgreSQL database is not empty (${table.name} has rows): the copy goes only into an ` +
            `empty database, so nothing there is overwritten. Create a new database and try again.`,
        );
    }
  }
  return db.transaction().execute(async (trx) => {
    const tables: CopiedTable[] = [];
    for (const name of seededByMigrations) await trx.deleteFrom(name).execute();
    for (const table of shapes)
      tables.push(await copyTable(source, trx, table, options.onProgress));
    const blobs = await copyBlobs(source, sourceFiles, trx, options.now);
    // The blobs table grew by the file store's contents: it is checked by content instead.
    for (const [i, table] of shapes.entries())
      if (table.name !== "blobs") await verifyTable(trx, table, tables[i]!);
    await verifyBlobs(trx);
    return { tables, blobs };
  });
}
