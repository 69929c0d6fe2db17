// What every service receives: the database, the clock and the signed-in user. Nothing here
// imports electron, so the same core runs in Electron's main process, browser mode and tests.
import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import type { User } from "../../shared/contract";
import type { Clock } from "./clock";
import type { Database } from "./db/schema";
import type { FileStore } from "./files/file-store";
import type { ChangeFeed } from "./changes/change-feed";
import type { SecretStore } from "./secrets/secret-store";
import type { SettingsCache } from "./settings/settings-cache";
import type { JobRegistry } from "./jobs/job-registry";
import type { DownloadStore } from "./exports/download-store";

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
}

export interface LocalStorage {
  kind: "local";
  sqlite: BetterSqlite3.Database;
  /** The database file; for an in-memory database, a name inside the file store's folder. */
  databaseFile: string;
  fileStoreDir: string;
}

export interface TeamStorage {
  kind: "team";
  /** The server's URL without its password. */
  label: string;
}

export interface CoreServices {
  db: Kysely<Database>;
  clock: Clock;
  log: Logger;
  files: FileStore;
  /** Where the data lives, for backups: a local SQLite file, or a PostgreSQL server (team mode). */
  storage: LocalStorage | TeamStorage;
  /** Passwords kept outside the database file (the SMTP password). */
  secrets: SecretStore;
  /** What other consoles changed (team mode), for the windows' live updates. */
  changes: ChangeFeed;
  /** The shipped resources: fonts for the PDFs. */
  resourcesDir: string;
  /** The policy and closing days dispatch reads, kept while the server's notices are heard. */
  settingsCache: SettingsCache;
  /** Imports and exports in progress in this console, to follow and cancel. */
  jobs: JobRegistry;
  /** Exports and templates made for a user to save. */
  downloads: DownloadStore;
}

export interface RequestContext extends CoreServices {
  /** The signed-in user; absent only for 'public' operations. */
  user: User | null;
  /** The session token the call carried, if any. */
  session: string | null;
}

export const consoleLogger: Logger = {
  error: (message, detail) => console.error(`[cutr] ${message}`, detail ?? ""),
  info: (message) => console.log(`[cutr] ${message}`),
};

/** The caller of an operation that requires sign-in (the dispatch has checked it already). */
export function signedInUser(context: RequestContext): User {
  if (!context.user)
    throw new Error("signedInUser called for an operation without sign-in");
  return context.user;
}
