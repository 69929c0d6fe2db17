// A new database file is filled with demo data in one transaction: a start stopped meanwhile (the
// process killed, the power lost) leaves a migrated database without a row, which the next start
// would open as it is, an empty console nobody can sign in to. A marker beside the file says the
// filling has begun; a start that finds it begins again from nothing.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import type { Logger } from "../../context";

const markerOf = (databaseFile: string) => `${databaseFile}.seeding`;

/** Removes a database whose demo filling never finished (and its marker). */
export function discardUnfinishedSeed(databaseFile: string, log: Logger): void {
  if (!existsSync(markerOf(databaseFile))) return;
  for (const suffix of ["", "-wal", "-shm"])
    rmSync(databaseFile + suffix, { force: true });
  rmSync(markerOf(databaseFile), { force: true });
  log.info(
    "The last start stopped while it filled the new database with demo data: filling it anew.",
  );
}

/** Said before the new database file is made. */
export function markSeedBegun(databaseFile: string): void {
  writeFileSync(markerOf(databaseFile), "");
}

/** Said once the demo data is committed. */
export function markSeedFinished(databaseFile: string): void {
  rmSync(markerOf(databaseFile), { force: true });
}
