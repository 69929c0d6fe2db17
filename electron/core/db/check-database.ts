// Before the console touches an existing database file: is it SQLite at all, undamaged, and the
// console's own? A file that is not is never changed; the error says so and names the backups.
import Database from "better-sqlite3";
import { listBackups } from "../backups/backup-store";

export class DatabaseUnusableError extends Error {
  constructor(
    readonly reason: "damaged" | "foreign",
    readonly file: string,
    readonly backups: string[],
  ) {
    const what =
      reason === "damaged"
        ? `The database file ${file} is damaged and cannot be opened.`
        : `The file ${file} is not a Cutr console database.`;
    const help =
      backups.length > 0
        ? ` It has not been changed. Backups beside it, newest first: ${backups.slice(0, 5).join(", ")}. Restore one (CUTR_RESTORE=<name> in browser mode; the desktop app offers it), or choose another file with CUTR_DB.`
        : ` It has not been changed, and there is no backup beside it. Choose another file with CUTR_DB.`;
    super(what + help);
    this.name = "DatabaseUnusableError";
  }
}

function probe(file: string): "ok" | "damaged" | "foreign" {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (tables.length > 0 && !tables.includes("kysely_migration"))
      return "foreign";
    return "ok";
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT"))
      return "damaged";
    throw error;
  } finally {
    db?.close();
  }
}

/** Throws DatabaseUnusableError for a file the console must not open. */
export async function checkExistingDatabase(file: string): Promise<void> {
  const verdict = probe(file);
  if (verdict === "ok") return;
  const backups = (await listBackups(file)).map((b) => b.name);
  throw new DatabaseUnusableError(verdict, file, backups);
}
