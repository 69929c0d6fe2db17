// Brings a database to the current schema: refuses a file from a newer console, takes an online
// backup of an existing file before changing it, and runs all pending migrations in one transaction.
import type { Kysely } from "kysely";
import { Migrator, type Migration } from "kysely/migration";
import { migrations as appMigrations } from "./migrations";
import type { DatabaseHandle } from "./connect";
import type { Database } from "./schema";

export class DatabaseTooNewError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(
      `This database was written by a newer version of the Cutr console (it has schema changes ` +
        `${unknownMigrations.join(", ")} that this version does not know). Update the console to ` +
        `open it; the file has not been changed.`,
    );
    this.name = "DatabaseTooNewError";
  }
}

export interface MigrationReport {
  applied: string[];
  backupFile: string | null;
}

async function executedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables({
    withInternalKyselyTables: true,
  });
  if (!tables.some((t) => t.name === "kysely_migration")) return [];
  const rows = await (db as Kysely<{ kysely_migration: { name: string } }>)
    .selectFrom("kysely_migration")
    .select("name")
    .execute();
  return rows.map((r) => r.name);
}

/** How many migrations a database has had: 0 for a new, empty one. */
export async function executedMigrationCount(
  db: Kysely<unknown> | Kysely<Database>,
): Promise<number> {
  return (await executedMigrations(db as Kysely<unknown>)).length;
}

export async function migrateToLatest(
  handle: DatabaseHandle,
  options: {
    backupFileFor?: (file: string) => string;
    /** The migrations to apply; the console's own list unless a test passes another. */
    migrations?: Record<string, Migration>;
  } = {},
): Promise<MigrationReport> {
  const migrations = options.migrations ?? appMigrations;
  const db = handle.db as unknown as Kysely<unknown>;
  const executed = await executedMigrations(db);
  const unknown = executed.filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown);

  const pending = Object.keys(migrations).filter(
    (name) => !executed.includes(name),
  );
  if (pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  // A local file is backed up first; a team's server is backed up by its own tools (see README).
  if (
    handle.dialect === "sqlite" &&
    executed.length > 0 &&
    handle.file !== ":memory:"
  ) {
    backupFile = (options.backupFileFor ?? defaultBackupFile)(handle.file);
    await handle.sqlite.backup(backupFile);
  }

  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed =
      results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(
      `Migration ${failed} failed and was rolled back: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  return { applied: (results ?? []).map((r) => r.migrationName), backupFile };
}

function defaultBackupFile(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return `${file}.before-migration-${stamp}.sqlite`;
}
