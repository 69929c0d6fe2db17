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
import { storeDemoPhotos } from "./db/demo/demo-photos";
import { seedDemoData, type DemoSize } from "./db/demo/seed";
import { migrateToLatest, type MigrationReport } from "./db/migrate";
import { diskFileStore } from "./files/file-store";
import {
  readFileContent,
  type FileContent,
  type FileVariant,
} from "./files/read-file";
import { findResourcesDir } from "./resources";
import { fileSecretStore, type Cipher } from "./secrets/secret-store";
import { dispatch } from "./rpc/dispatch";

export interface CoreOptions {
  /** A file path, or ':memory:' for tests. */
  databaseFile: string;
  clock: Clock;
  /** Fill a new database with demo data. */
  demo: boolean;
  demoSize?: DemoSize;
  log?: Logger;
  /** Where file contents live; beside the database file unless given (a temporary folder for ':memory:'). */
  fileStoreDir?: string;
  /** Seals secrets with the operating system's key store (Electron's safeStorage), where there is one. */
  cipher?: Cipher;
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
  /** A stored file's bytes, for the transports that serve them (never by path). */
  readFile(
    fileId: number,
    variant: FileVariant,
    session: string | null,
  ): Promise<Envelope<FileContent>>;
  close(): Promise<void>;
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const log = options.log ?? consoleLogger;
  if (options.databaseFile !== ":memory:")
    mkdirSync(dirname(options.databaseFile), { recursive: true });
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
  const handle = openDatabase(options.databaseFile);
  try {
    const migration = await migrateToLatest(handle);
    const files = diskFileStore(fileStoreDir);
    const secrets = fileSecretStore(
      options.databaseFile === ":memory:"
        ? fileStoreDir
        : dirname(options.databaseFile),
      options.cipher,
    );
    const resourcesDir = findResourcesDir();
    const seeded = isNewFile && options.demo;
    if (seeded) {
      log.info("Filling the new database with demo data…");
      seedDemoData(handle.sqlite, {
        now: options.clock.now(),
        size: options.demoSize,
        photos: await storeDemoPhotos(resourcesDir, files),
      });
    }
    const services: CoreServices = {
      db: handle.db,
      clock: options.clock,
      log,
      files,
      storage: {
        sqlite: handle.sqlite,
        databaseFile:
          options.databaseFile === ":memory:"
            ? join(fileStoreDir, "memory.sqlite")
            : options.databaseFile,
        fileStoreDir,
      },
      secrets,
      resourcesDir,
    };
    return {
      services,
      handle,
      migration,
      seeded,
      call: (method, input, session) =>
        dispatch(services, method, input, session),
      readFile: (fileId, variant, session) =>
        readFileContent(services, session, fileId, variant),
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
