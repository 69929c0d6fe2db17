// Opens (or creates) the console's database and returns the core that both transports call.
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Envelope } from "../../shared/errors";
import type { Clock } from "./clock";
import { consoleLogger, type CoreServices, type Logger } from "./context";
import { openDatabase, type DatabaseHandle } from "./db/connect";
import { applyPendingRestore } from "./backups/restore";
import { checkExistingDatabase } from "./db/check-database";
import type { DemoSize } from "./db/demo/seed";
import { seedWriterThread } from "./db/demo/seed-writer-thread";
import {
  discardUnfinishedSeed,
  markSeedBegun,
  markSeedFinished,
} from "./db/demo/unfinished-seed";
import {
  executedMigrationCount,
  migrateToLatest,
  type MigrationReport,
} from "./db/migrate";
import { diskFileStore, type FileStore } from "./files/file-store";
import { databaseFileStore } from "./files/database-file-store";
import { openPostgres } from "./db/connect-postgres";
import { checkServerReachable } from "./db/postgres-errors";
import { ChangeFeed } from "./changes/change-feed";
import { listenForChanges } from "./changes/listen-postgres";
import { SettingsCache } from "./settings/settings-cache";
import {
  readFileContent,
  type FileContent,
  type FileVariant,
} from "./files/read-file";
import { findResourcesDir } from "./resources";
import {
  fileSecretStore,
  type Cipher,
  type SecretStore,
} from "./secrets/secret-store";
import { dispatch } from "./rpc/dispatch";
import { JobRegistry } from "./jobs/job-registry";
import { DownloadStore } from "./exports/download-store";
import { recomputeAfterExactScores } from "./ratings/recompute-after-exact-scores";
import { readDownload } from "./exports/read-download";
import type { Download } from "./exports/download-store";

export interface CoreOptions {
  /** A file path, or ':memory:' for tests. In team mode, only where the local logs and secrets live. */
  databaseFile: string;
  /** postgres://…: team mode, on a shared PostgreSQL server (CUTR_DATABASE_URL). */
  databaseUrl?: string;
  clock: Clock;
  /** Fill a new database with demo data. */
  demo: boolean;
  demoSize?: DemoSize;
  log?: Logger;
  /** Where file contents live; beside the database file unless given (a temporary folder for ':memory:'). */
  fileStoreDir?: string;
  /** Seals secrets with the operating system's key store (Electron's safeStorage), where there is one. */
  cipher?: Cipher;
  /** Where secrets come from instead of the file beside the database (the team service's environment). */
  secrets?: SecretStore;
}

export interface Core {
  services: CoreServices;
  handle: DatabaseHandle;
  migration: MigrationReport;
  seeded: boolean;
  call(
    method: string,
    input: unknown,
    session: string | null,
  ): Promise<Envelope<unknown>>;
  /**
   * Whether the session may call the method (signed in, with the role), before a transport reads a
   * large input for it: the answer a call without that right would get, or ok.
   */
  mayCall(method: string, session: string | null): Promise<Envelope<unknown>>;
  /** A stored file's bytes, for the transports that serve them (never by path). */
  readFile(
    fileId: number,
    variant: FileVariant,
    session: string | null,
  ): Promise<Envelope<FileContent>>;
  /** An export or template made for the session's user: where it is, for a transport to stream. */
  readDownload(
    token: string,
    session: string | null,
  ): Promise<Envelope<Download>>;
  close(): Promise<void>;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  return options.databaseUrl
    ? startTeamCore(options, options.databaseUrl)
    : startLocalCore(options);
}

async function startLocalCore(options: CoreOptions): Promise<Core> {
  const log = options.log ?? consoleLogger;
  const onDisk = options.databaseFile !== ":memory:";
  if (onDisk) {
    mkdirSync(dirname(options.databaseFile), { recursive: true });
    discardUnfinishedSeed(options.databaseFile, log);
  }
  const isNewFile =
    options.databaseFile === ":memory:" || !existsSync(options.databaseFile);
  const fileStoreDir =
    options.fileStoreDir ??
    (options.databaseFile === ":memory:"
      ? mkdtempSync(join(tmpdir(), "cutr-files-"))
      : join(dirname(options.databaseFile), "files"));
  if (options.databaseFile !== ":memory:") {
    await applyPendingRestore(options.databaseFile, fileStoreDir, log);
    if (existsSync(options.databaseFile))
      await checkExistingDatabase(options.databaseFile);
  }
  const files = diskFileStore(fileStoreDir);
  const resourcesDir = findResourcesDir();
  const seeded = isNewFile && options.demo;
  // The demo's photos are prepared (on sharp's threads) while the new database is migrated.
  const demoPhotos = seeded
    ? import("./db/demo/demo-photos").then((m) =>
        m.storeDemoPhotos(resourcesDir, files),
      )
    : null;
  demoPhotos?.catch(() => undefined); // awaited below, unless the migration failed first
  if (seeded && onDisk) markSeedBegun(options.databaseFile);
  const handle = openDatabase(options.databaseFile);
  // A new demo database file is written by a thread of its own while the rows are made: started
  // now, it loads while the database is migrated. (A database in memory is seeded on this thread.)
  const seedWriter =
    seeded && onDisk ? seedWriterThread(options.databaseFile) : null;
  try {
    const migration = await migrateToLatest(handle);
    await recomputeAfterExactScores(handle.db, migration, { ...options, log });
    if (demoPhotos) {
      log.info("Filling the new database with demo data…");
      // Loaded only to seed: faker and its locales are a tenth of a second of every start.
      const { seedDemoData, seedDemoDataInThread } =
        await import("./db/demo/seed");
      const seed = {
        now: options.clock.now(),
        size: options.demoSize,
        photos: await demoPhotos,
      };
      if (seedWriter) {
        await seedDemoDataInThread(handle.sqlite, seedWriter, seed);
        markSeedFinished(options.databaseFile);
      } else seedDemoData(handle.sqlite, seed);
    }
    return assembleCore(options, handle, migration, seeded, {
      background: seedWriter?.ended,
      changes: new ChangeFeed(false),
      settingsCache: new SettingsCache(options.clock),
      files,
      storage: {
        kind: "local",
        sqlite: handle.sqlite,
        databaseFile:
          options.databaseFile === ":memory:"
            ? join(fileStoreDir, "memory.sqlite")
            : options.databaseFile,
        fileStoreDir,
      },
      secretsDir:
        options.databaseFile === ":memory:"
          ? fileStoreDir
          : dirname(options.databaseFile),
      resourcesDir,
    });
  } catch (error) {
    await seedWriter?.abandon();
    await handle.close();
    throw error;
  }
}

/** Team mode: the shared PostgreSQL server. A new, empty database is filled with the demo data when asked. */
async function startTeamCore(options: CoreOptions, url: string): Promise<Core> {
  const log = options.log ?? consoleLogger;
  const handle = openPostgres(url);
  try {
    await checkServerReachable(handle);
    const wasEmpty = (await executedMigrationCount(handle.db)) === 0;
    const migration = await migrateToLatest(handle);
    await recomputeAfterExactScores(handle.db, migration, { ...options, log });
    const resourcesDir = findResourcesDir();
    const seeded = wasEmpty && options.demo;
    if (seeded) {
      log.info("Filling the new team database with demo data…");
      const { seedPostgresWithDemo } = await import("./db/demo/seed-postgres");
      await seedPostgresWithDemo(handle, options, resourcesDir);
    }
    const localDir =
      options.databaseFile === ":memory:"
        ? mkdtempSync(join(tmpdir(), "cutr-team-"))
        : dirname(options.databaseFile);
    mkdirSync(localDir, { recursive: true });
    const changes = new ChangeFeed(true);
    const settingsCache = new SettingsCache(options.clock);
    const stopListening = listenForChanges(url, changes, log, settingsCache);
    return assembleCore(options, handle, migration, seeded, {
      changes,
      settingsCache,
      stopListening,
      files: databaseFileStore(handle.db, () => options.clock.now()),
      storage: { kind: "team", label: handle.label },
      secretsDir: localDir,
      resourcesDir,
    });
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function assembleCore(
  options: CoreOptions,
  handle: DatabaseHandle,
  migration: MigrationReport,
  seeded: boolean,
  parts: {
    changes: ChangeFeed;
    settingsCache: SettingsCache;
    stopListening?: () => Promise<void>;
    /** Work begun at the start that must end before the database closes. */
    background?: Promise<void>;
    files: FileStore;
    storage: CoreServices["storage"];
    secretsDir: string;
    resourcesDir: string;
  },
): Core {
  const services: CoreServices = {
    db: handle.db,
    clock: options.clock,
    log: options.log ?? consoleLogger,
    files: parts.files,
    storage: parts.storage,
    secrets:
      options.secrets ?? fileSecretStore(parts.secretsDir, options.cipher),
    resourcesDir: parts.resourcesDir,
    changes: parts.changes,
    settingsCache: parts.settingsCache,
    jobs: new JobRegistry(),
    downloads: new DownloadStore(),
  };
  return {
    services,
    handle,
    migration,
    seeded,
    call: (method, input, session) =>
      dispatch(services, method, input, session),
    mayCall: (method, session) =>
      dispatch(services, method, {}, session, { accessOnly: true }),
    readFile: (fileId, variant, session) =>
      readFileContent(services, session, fileId, variant),
    readDownload: (token, session) => readDownload(services, session, token),
    close: async () => {
      services.downloads.close();
      parts.changes.close();
      await parts.stopListening?.();
      await parts.background;
      await handle.close();
    },
  };
}
