// Backups of the console's data: an online copy of the database (SQLite's backup API, never a copy
// of a live WAL file), checked with quick_check once taken (the answer kept beside it as
// <backup>.check), beside a store of the file blobs they refer to.
// Blobs never change, so the store only ever gains the ones it lacks. Kept in a "backups" folder
// beside the database.
import Database from "better-sqlite3";
import {
  copyFile,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { format } from "date-fns";
import type { BackupInfo, BackupKind } from "../../../shared/contract";
import type { Logger } from "../context";
import { checkInThreads, copyInThread } from "./backup-thread";

export const backupKinds = ["daily", "manual", "before-restore"] as const;

/** cutr-YYYYMMDD-HHMMSS-kind.sqlite, in UTC whatever the machine's time zone. */
export function backupName(at: Date, kind: BackupKind): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").slice(0, 15);
  return `cutr-${stamp.replace("T", "-")}-${kind}.sqlite`;
}

export function backupsDir(databaseFile: string): string {
  return join(dirname(databaseFile), "backups");
}

const namePattern =
  /^cutr-(\d{8}-\d{6})-(daily|manual|before-restore)\.sqlite$/;

/** Checks a database file as SQLite sees it; the answer "ok" or the first problems. */
export function quickCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma("quick_check", { simple: true }));
  } finally {
    db.close();
  }
}

async function copyMissingBlobs(from: string, to: string): Promise<number> {
  if (!existsSync(from)) return 0;
  let copied = 0;
  for (const first of await readdir(from)) {
    for (const second of await readdir(join(from, first)).catch(() => [])) {
      const dir = join(from, first, second);
      for (const blob of await readdir(dir).catch(() => [])) {
        if (!/^[0-9a-f]{64}$/.test(blob)) continue; // a partial write, never a blob
        const target = join(to, first, second, blob);
        if (existsSync(target)) continue;
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(dir, blob), target);
        copied++;
      }
    }
  }
  return copied;
}

/** The checks running in this process, by backup file. */
const runningChecks = new Map<string, Promise<string>>();

const checkFileOf = (file: string) => `${file}.check`;

/**
 * Takes a backup: an online copy of the database, on disk under its final name, and the files it
 * refers to. Its quick_check then runs in the background (threads of its own): the backup is
 * listed as being checked, then checked or damaged (`onDamaged` hears of the latter). A restore
 * checks the backup again before it uses it.
 */
export async function takeBackup(
  databaseFile: string,
  fileStoreDir: string,
  kind: BackupKind,
  now: Date,
  onDamaged?: (name: string, problem: string) => void,
): Promise<BackupInfo> {
  const dir = backupsDir(databaseFile);
  await mkdir(dir, { recursive: true });
  let at = now;
  // Two backups in the same second: the later one takes the next free second.
  while (existsSync(join(dir, backupName(at, kind))))
    at = new Date(at.getTime() + 1000);
  const file = join(dir, backupName(at, kind));
  const partial = `${file}.partial`;
  await copyInThread(databaseFile, partial).catch(async (error: unknown) => {
    await rm(partial, { force: true });
    throw error;
  });
  await rename(partial, file);
  await copyMissingBlobs(fileStoreDir, join(dir, "files"));
  startCheck(file, onDamaged);
  return info(file, now);
}

function startCheck(
  file: string,
  onDamaged?: (name: string, problem: string) => void,
): void {
  const check = (async () => {
    const result = await checkInThreads(file).catch((error: unknown) =>
      error instanceof Error ? error.message : String(error),
    );
    // Pruned (or its folder removed) while it was checked: nothing to say.
    if (!existsSync(file)) return result;
    try {
      // Written whole under its name, or not at all: a check cut short leaves it unchecked.
      await writeFile(`${checkFileOf(file)}.partial`, result);
      await rename(`${checkFileOf(file)}.partial`, checkFileOf(file));
    } catch {
      return result; // the backup folder went away meanwhile
    }
    if (result !== "ok") onDamaged?.(basename(file), result);
    return result;
  })().finally(() => runningChecks.delete(file));
  runningChecks.set(file, check);
}

/** Says in the log that a backup failed its check: the database it was copied from is damaged too. */
export function damagedBackupLogger(log: Logger) {
  return (name: string, problem: string) =>
    log.error(
      `Backup ${name} failed SQLite's quick check; the database it was copied from may be damaged: ${problem}`,
    );
}

/** The answer of a backup's check running in this process ("ok" or the problems), if one runs. */
export function runningCheckOf(
  databaseFile: string,
  name: string,
): Promise<string> | undefined {
  return runningChecks.get(join(backupsDir(databaseFile), name));
}

async function checkOf(
  file: string,
): Promise<Pick<BackupInfo, "check" | "problem">> {
  if (runningChecks.has(file)) return { check: "checking", problem: null };
  const result = await readFile(checkFileOf(file), "utf8").catch(() => null);
  if (result === null) return { check: "unchecked", problem: null };
  return result === "ok"
    ? { check: "ok", problem: null }
    : { check: "damaged", problem: result };
}

async function info(file: string, fallback: Date): Promise<BackupInfo> {
  const match = namePattern.exec(basename(file));
  const size = (await stat(file)).size;
  const takenAt = match?.[1]
    ? new Date(
        `${match[1].slice(0, 4)}-${match[1].slice(4, 6)}-${match[1].slice(6, 8)}T${match[1].slice(9, 11)}:${match[1].slice(11, 13)}:${match[1].slice(13, 15)}Z`,
      )
    : fallback;
  return {
    name: basename(file),
    kind: (match?.[2] ?? "manual") as BackupKind,
    takenAt: takenAt.toISOString(),
    sizeBytes: size,
    ...(await checkOf(file)),
  };
}

export async function listBackups(databaseFile: string): Promise<BackupInfo[]> {
  const dir = backupsDir(databaseFile);
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => namePattern.test(n));
  const all = await Promise.all(
    names.map((n) => info(join(dir, n), new Date(0))),
  );
  return all.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Keeps the newest `daily` daily backups and, older than those, the newest of `weekly` weeks. */
export async function pruneBackups(
  databaseFile: string,
  daily: number,
  weekly: number,
): Promise<string[]> {
  const dailies = (await listBackups(databaseFile)).filter(
    (b) => b.kind === "daily",
  );
  const keep = new Set(dailies.slice(0, daily).map((b) => b.name));
  const weeks = new Set<string>();
  for (const backup of dailies.slice(daily)) {
    const week = format(new Date(backup.takenAt), "RRRR-II");
    if (weeks.size < weekly && !weeks.has(week)) {
      weeks.add(week);
      keep.add(backup.name);
    }
  }
  const removed = dailies.filter((b) => !keep.has(b.name)).map((b) => b.name);
  const dir = backupsDir(databaseFile);
  for (const name of removed) await rm(join(dir, name), { force: true });
  // Each check's answer goes with its backup (also one written as its backup was pruned).
  for (const name of await readdir(dir))
    if (name.endsWith(".check") && !existsSync(join(dir, name.slice(0, -6))))
      await rm(join(dir, name), { force: true });
  return removed;
}

/** The path of a backup by its listed name; anything else (a path, "..") is refused. */
export function backupFile(databaseFile: string, name: string): string | null {
  if (!namePattern.test(name)) return null;
  const file = join(backupsDir(databaseFile), name);
  return existsSync(file) ? file : null;
}

export { copyMissingBlobs };
