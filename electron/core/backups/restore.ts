// Restoring a backup replaces the database the console has open, so it happens at the next start,
// before the database is opened: the current data is first kept aside as a backup of its own,
// then the chosen backup takes its place and the files it refers to return to the file store.
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { copyFile, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../context";
import type { RestoreRequested } from "../../../shared/contract";
import { AppError } from "../errors";
import {
  backupFile,
  backupName,
  backupsDir,
  copyMissingBlobs,
  quickCheck,
} from "./backup-store";

const markerOf = (databaseFile: string) =>
  join(backupsDir(databaseFile), "restore-pending.json");

export async function requestRestore(
  databaseFile: string,
  name: string,
): Promise<RestoreRequested> {
  const file = backupFile(databaseFile, name);
  if (!file)
    throw new AppError("NOT_FOUND", {
      key: "errors:backups.noSuchBackup",
      values: { name },
    });
  const check = quickCheck(file);
  if (check !== "ok")
    throw new AppError("RULE", {
      key: "errors:backups.damaged",
      values: { name, problem: check },
    });
  await writeFile(markerOf(databaseFile), JSON.stringify({ name }));
  return { message: { key: "settings:backups.restartNote", values: { name } } };
}

export async function applyPendingRestore(
  databaseFile: string,
  fileStoreDir: string,
  log: Logger,
): Promise<string | null> {
  const marker = markerOf(databaseFile);
  if (!existsSync(marker)) return null;
  const { name } = JSON.parse(await readFile(marker, "utf8")) as {
    name: string;
  };
  const source = backupFile(databaseFile, name);
  if (!source || quickCheck(source) !== "ok") {
    log.error(`Restore of ${name} skipped: the backup is missing or damaged.`);
    await rm(marker, { force: true });
    return null;
  }
  if (existsSync(databaseFile)) {
    const aside = join(
      backupsDir(databaseFile),
      backupName(new Date(), "before-restore"),
    );
    try {
      // Through SQLite, so what the write-ahead log holds is kept too.
      const current = new Database(databaseFile);
      await current.backup(aside);
      current.close();
    } catch {
      // A file SQLite cannot read (damaged, or not a database) is moved aside as it is.
      await rename(databaseFile, aside.replace(/\.sqlite$/, ".unreadable"));
    }
  }
  for (const suffix of ["-wal", "-shm"])
    await rm(databaseFile + suffix, { force: true });
  await copyFile(source, databaseFile);
  await copyMissingBlobs(join(backupsDir(databaseFile), "files"), fileStoreDir);
  await rm(marker, { force: true });
  log.info(`Restored backup ${name}.`);
  return name;
}
