import type { CoreServices, LocalStorage } from "../context";
import { AppError } from "../errors";

/** The local database behind the backups; a team's PostgreSQL server has its own backups. */
export function localStorageOf(storage: CoreServices["storage"]): LocalStorage {
  if (storage.kind !== "local")
    throw new AppError(
      "RULE",
      "This console works on the team's PostgreSQL server, which is backed up on the server " +
        "(pg_dump or your provider's snapshots). Backups here are for a local database only.",
    );
  return storage;
}
