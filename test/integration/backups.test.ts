import Database from "better-sqlite3";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  backupsDir,
  listBackups,
  pruneBackups,
  quickCheck,
  runningCheckOf,
  takeBackup,
} from "../../electron/core/backups/backup-store";
import { requestRestore } from "../../electron/core/backups/restore";
import { AppError } from "../../electron/core/errors";
import { dailyBackupIfDue } from "../../electron/core/backups/daily-backup";
import { fixedClock } from "../../electron/core/clock";
import { startCore, type Core } from "../../electron/core/start-core";
import type {
  BackupInfo,
  OrderFile,
  RestoreRequested,
} from "../../shared/contract";
import {
  anAssignedOrder,
  signIn,
  smallDemo,
  testCore,
  testDatabase,
  valueOf,
} from "../fixtures/core";
import { base64, png } from "../fixtures/images";

const quiet = { error: () => undefined, info: () => undefined };
const folders: string[] = [];
const cores: Core[] = [];

async function fileCore(folder: string, now = "2026-11-22T09:00:00Z") {
  const clock = fixedClock(now);
  const core = await startCore({
    databaseFile: join(folder, "cutr.sqlite"),
    clock,
    demo: true,
    demoSize: smallDemo,
    log: quiet,
  });
  cores.push(core);
  return { core, clock };
}

function newFolder() {
  const folder = mkdtempSync(join(tmpdir(), "cutr-backups-"));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close().catch(() => undefined);
  for (const folder of folders.splice(0))
    rmSync(folder, { recursive: true, force: true });
});

describe("backups", () => {
  it("are taken online on demand, pass quick_check and carry the files", async () => {
    const folder = newFolder();
    const { core } = await fileCore(folder);
    const admin = await signIn(core, "admin@cutr.example");
    const orderId = await anAssignedOrder(core);
    const file = valueOf<OrderFile>(
      await core.call(
        "files.import",
        {
          orderId,
          folder: "finished_product",
          name: "kept.png",
          dataBase64: base64(await png(21, 13)),
        },
        admin,
      ),
    );
    const backup = valueOf<BackupInfo>(
      await core.call("backups.create", {}, admin),
    );
    // Taken, then checked in the background: listed as being checked until it is.
    expect(backup).toMatchObject({ kind: "manual", check: "checking" });
    const databaseFile = join(folder, "cutr.sqlite");
    expect(await runningCheckOf(databaseFile, backup.name)).toBe("ok");
    const dir = backupsDir(databaseFile);
    expect(quickCheck(join(dir, backup.name))).toBe("ok");
    // In rollback mode: checking it left no -wal or -shm file beside it.
    expect(
      readdirSync(dir).filter((f) => f.includes("-wal") || f.includes("-shm")),
    ).toEqual([]);
    const stored = await core.services.db
      .selectFrom("files")
      .select("sha256")
      .where("id", "=", file.id)
      .executeTakeFirstOrThrow();
    expect(
      existsSync(
        join(
          dir,
          "files",
          stored.sha256.slice(0, 2),
          stored.sha256.slice(2, 4),
          stored.sha256,
        ),
      ),
    ).toBe(true);
    expect(
      valueOf<BackupInfo[]>(await core.call("backups.list", {}, admin)).find(
        (b) => b.name === backup.name,
      ),
    ).toMatchObject({ check: "ok", problem: null });
    const dispatcher = await signIn(core);
    expect(await core.call("backups.create", {}, dispatcher)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("are taken once a business day and kept 7 daily and 4 weekly", async () => {
    const folder = newFolder();
    const { core, clock } = await fileCore(folder, "2026-09-01T09:00:00Z");
    const databaseFile = join(folder, "cutr.sqlite");
    expect(await dailyBackupIfDue(core.services)).toBe(true);
    expect(await dailyBackupIfDue(core.services)).toBe(false);
    const taken: string[] = [];
    for (let day = 1; day < 60; day++) {
      clock.advance(86_400_000);
      const backup = await takeBackup(
        databaseFile,
        join(folder, "files"),
        "daily",
        clock.now(),
      );
      taken.push(backup.name);
    }
    await pruneBackups(databaseFile, 7, 4);
    // Every check's answer stays beside its backup and goes with it.
    await Promise.all(taken.map((name) => runningCheckOf(databaseFile, name)));
    await pruneBackups(databaseFile, 7, 4);
    const answers = readdirSync(backupsDir(databaseFile)).filter((n) =>
      n.endsWith(".check"),
    );
    const left = readdirSync(backupsDir(databaseFile))
      .filter((n) => n.endsWith("-daily.sqlite"))
      .sort();
    expect(left).toHaveLength(11);
    expect(answers.sort()).toEqual(left.map((name) => `${name}.check`));
    // The 7 newest days, then one per older week.
    expect(left.slice(-7)[0]).toBe("cutr-20261024-090000-daily.sqlite");
    const weeks = left.slice(0, 4);
    expect(new Set(weeks.map((n) => n.slice(5, 13))).size).toBe(4);
  });

  it("restore at the next start, keeping the current data aside and bringing back the files", async () => {
    const folder = newFolder();
    const databaseFile = join(folder, "cutr.sqlite");
    let { core } = await fileCore(folder);
    const admin = await signIn(core, "admin@cutr.example");
    const backup = valueOf<BackupInfo>(
      await core.call("backups.create", {}, admin),
    );
    // After the backup: a change, and a blob lost from the file store.
    await core.services.db
      .updateTable("partners")
      .set({ name: "Changed after the backup" })
      .where("id", "=", 1)
      .execute();
    const lost = await core.services.db
      .selectFrom("files")
      .select("sha256")
      .executeTakeFirstOrThrow();
    const blob = join(
      folder,
      "files",
      lost.sha256.slice(0, 2),
      lost.sha256.slice(2, 4),
      lost.sha256,
    );
    rmSync(blob);
    expect(
      await core.call("backups.restore", { name: "../../etc/passwd" }, admin),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    expect(
      await core.call(
        "backups.restore",
        { name: "cutr-20000101-000000-manual.sqlite" },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(
      valueOf<RestoreRequested>(
        await core.call("backups.restore", { name: backup.name }, admin),
      ).message,
    ).toEqual({
      key: "settings:backups.restartNote",
      values: { name: backup.name },
    });
    await core.close();
    cores.splice(0);

    ({ core } = await fileCore(folder));
    const partner = await core.services.db
      .selectFrom("partners")
      .select("name")
      .where("id", "=", 1)
      .executeTakeFirstOrThrow();
    expect(partner.name).not.toBe("Changed after the backup");
    expect(existsSync(blob)).toBe(true);
    const aside = readdirSync(backupsDir(databaseFile)).filter((n) =>
      n.endsWith("-before-restore.sqlite"),
    );
    expect(aside).toHaveLength(1);
    expect(
      existsSync(join(backupsDir(databaseFile), "restore-pending.json")),
    ).toBe(false);
  });

  it("are kept but marked damaged, said in the log and refused for a restore, when the database fails quick_check", async () => {
    const folder = newFolder();
    const { core } = await fileCore(folder);
    await core.close();
    const databaseFile = join(folder, "cutr.sqlite");
    // A damaged page inside the orders table: the file still opens, the check finds it.
    const sqlite = new Database(databaseFile);
    const { rootpage } = sqlite
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'orders'")
      .get() as { rootpage: number };
    const pageSize = Number(sqlite.pragma("page_size", { simple: true }));
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.close();
    const handle = openSync(databaseFile, "r+");
    writeSync(handle, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize);
    closeSync(handle);

    const said: string[] = [];
    const backup = await takeBackup(
      databaseFile,
      join(folder, "files"),
      "manual",
      new Date(),
      (name, problem) => said.push(`${name}: ${problem}`),
    );
    expect(await runningCheckOf(databaseFile, backup.name)).not.toBe("ok");
    const [listed] = await listBackups(databaseFile);
    expect(listed).toMatchObject({ name: backup.name, check: "damaged" });
    expect(listed?.problem).toMatch(/orders|page|btree/i);
    expect(said).toEqual([`${backup.name}: ${listed?.problem}`]);
    await expect(requestRestore(databaseFile, backup.name)).rejects.toThrow(
      AppError,
    );
    // A partial copy is never left behind.
    expect(
      readdirSync(backupsDir(databaseFile)).filter((f) =>
        f.endsWith("partial"),
      ),
    ).toEqual([]);
  });

  it("fail with the cause, leaving nothing behind, when the file is not a database at all", async () => {
    const folder = newFolder();
    const databaseFile = join(folder, "cutr.sqlite");
    writeFileSync(databaseFile, Buffer.alloc(8192, 0x5a));
    await expect(
      takeBackup(databaseFile, join(folder, "files"), "manual", new Date()),
    ).rejects.toThrow(/not a database/);
    expect(readdirSync(backupsDir(databaseFile))).toEqual([]);
  });

  // A team's database is refused as such (localOnly), on the postgres project.
  it.skipIf(testDatabase === "postgres")(
    "are refused with a reason, not an internal error, for a database in memory",
    async () => {
      const { core } = await testCore();
      cores.push(core);
      const admin = await signIn(core, "admin@cutr.example");
      for (const method of ["backups.create", "backups.restore"] as const)
        expect(
          await core.call(
            method,
            method === "backups.restore"
              ? { name: "cutr-20261122-090000-manual.sqlite" }
              : {},
            admin,
          ),
        ).toMatchObject({
          ok: false,
          error: {
            code: "RULE",
            message: expect.stringContaining("in memory"),
          },
        });
      expect(await core.call("backups.list", {}, admin)).toEqual({
        ok: true,
        value: [],
      });
    },
  );
});
