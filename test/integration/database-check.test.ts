import Database from "better-sqlite3";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupsDir } from "../../electron/core/backups/backup-store";
import { requestRestore } from "../../electron/core/backups/restore";
import { fixedClock } from "../../electron/core/clock";
import { DatabaseUnusableError } from "../../electron/core/db/check-database";
import { startCore } from "../../electron/core/start-core";
import { signIn, smallDemo, valueOf } from "../fixtures/core";
import type { BackupInfo } from "../../shared/contract";

const quiet = { error: () => undefined, info: () => undefined };
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0))
    rmSync(f, { recursive: true, force: true });
});

const open = (databaseFile: string) =>
  startCore({
    databaseFile,
    clock: fixedClock("2026-11-22T09:00:00Z"),
    demo: true,
    demoSize: smallDemo,
    log: quiet,
  });

describe("opening a database file", () => {
  it("refuses a damaged file without changing it, names the backups, and restores one on request", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cutr-check-"));
    folders.push(folder);
    const databaseFile = join(folder, "cutr.sqlite");
    const core = await open(databaseFile);
    const admin = await signIn(core, "admin@cutr.example");
    const backup = valueOf<BackupInfo>(
      await core.call("backups.create", {}, admin),
    );
    await core.close();
    // A power cut scribbled over the file.
    const damaged = Buffer.alloc(8192, 0x5a);
    writeFileSync(databaseFile, damaged);
    rmSync(`${databaseFile}-wal`, { force: true });
    rmSync(`${databaseFile}-shm`, { force: true });
    const refusal = await open(databaseFile).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DatabaseUnusableError);
    expect((refusal as DatabaseUnusableError).reason).toBe("damaged");
    expect((refusal as Error).message).toContain(backup.name);
    expect(readFileSync(databaseFile).equals(damaged)).toBe(true);

    await requestRestore(databaseFile, backup.name);
    const restored = await open(databaseFile);
    expect(
      (
        await restored.services.db
          .selectFrom("orders")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(smallDemo.orders);
    await restored.close();
    const aside = readdirSync(backupsDir(databaseFile)).filter((n) =>
      n.endsWith(".unreadable"),
    );
    expect(aside).toHaveLength(1);
    expect(
      readFileSync(join(backupsDir(databaseFile), aside[0] as string)).equals(
        damaged,
      ),
    ).toBe(true);
  });

  it("refuses another program's SQLite file and leaves it as it was", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cutr-check-"));
    folders.push(folder);
    const databaseFile = join(folder, "notes.sqlite");
    const other = new Database(databaseFile);
    other.exec(
      "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')",
    );
    other.close();
    const before = readFileSync(databaseFile);
    await expect(open(databaseFile)).rejects.toMatchObject({
      name: "DatabaseUnusableError",
      reason: "foreign",
      message: expect.stringContaining("no backup"),
    });
    expect(readFileSync(databaseFile).equals(before)).toBe(true);
    expect(existsSync(backupsDir(databaseFile))).toBe(false);
  });
});
