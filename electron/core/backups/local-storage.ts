import type { CoreServices, LocalStorage } from "../context";
import { AppError } from "../errors";

/** The local database behind the backups; a team's PostgreSQL server has its own backups. */
export function localStorageOf(storage: CoreServices["storage"]): LocalStorage {
  if (storage.kind !== "local")
    throw new AppError("RULE", { key: "errors:backups.localOnly" });
  return storage;
}

/** The database file to back up or restore: a database in memory (tests, demos) has none. */
export function backedUpFileOf(storage: CoreServices["storage"]): LocalStorage {
  const local = localStorageOf(storage);
  if (local.sqlite.memory)
    throw new AppError("RULE", { key: "errors:backups.inMemory" });
  return local;
}
