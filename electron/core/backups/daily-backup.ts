// The daily backup, taken by the hourly scheduler once per business day, then the old ones pruned.
import { businessDateOf } from "../../../shared/rules/business-time";
import type { CoreServices } from "../context";
import { loadPolicy } from "../settings/policy";
import {
  damagedBackupLogger,
  listBackups,
  pruneBackups,
  takeBackup,
} from "./backup-store";

export async function dailyBackupIfDue(
  services: CoreServices,
): Promise<boolean> {
  const { clock } = services;
  // A team's PostgreSQL server is backed up by the server's own tools (pg_dump, the provider's snapshots).
  if (services.storage.kind !== "local") return false;
  const storage = services.storage;
  const today = businessDateOf(clock.now());
  const taken = (await listBackups(storage.databaseFile)).some(
    (b) => b.kind === "daily" && businessDateOf(b.takenAt) === today,
  );
  if (taken) return false;
  await takeBackup(
    storage.databaseFile,
    storage.fileStoreDir,
    "daily",
    clock.now(),
    damagedBackupLogger(services.log),
  );
  const policy = await loadPolicy(services.db);
  await pruneBackups(
    storage.databaseFile,
    policy.backupDailyKeep,
    policy.backupWeeklyKeep,
  );
  return true;
}
