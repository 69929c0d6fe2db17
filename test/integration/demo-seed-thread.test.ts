// A new demo database file is seeded by a writing thread while the rows are made: it must hold
// exactly what seeding on one connection writes, keep every index and search table, and leave
// nothing behind when anything fails.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../electron/core/db/connect";
import {
  seedDemoData,
  seedDemoDataInThread,
} from "../../electron/core/db/demo/seed";
import { seedWriterThread } from "../../electron/core/db/demo/seed-writer-thread";
import { migrateToLatest } from "../../electron/core/db/migrate";
import { fixedClock } from "../../electron/core/clock";
import { startCore } from "../../electron/core/start-core";
import { smallDemo, testDatabase, testNow } from "../fixtures/core";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "cutr-seed-thread-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function migrated(file: string) {
  const handle = openDatabase(file);
  await migrateToLatest(handle);
  return handle;
}

/** Every table's rows in a stable order, and the schema (indexes and triggers included). */
function contents(sqlite: BetterSqlite3.Database) {
  const schema = sqlite
    .prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string }[];
  // (The search tables' own storage is compared through their queries; the migrations' record
  // holds the time each ran.)
  const tables = schema
    .filter(
      (o) =>
        o.type === "table" &&
        !/_(data|idx|docsize|config|content)$|^kysely_/.test(o.name),
    )
    .map((o) => o.name);
  return {
    schema,
    rows: Object.fromEntries(
      tables.map((table) => [
        table,
        sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all(),
      ]),
    ),
  };
}

describe.skipIf(testDatabase === "postgres")(
  "seeding the demo on a writing thread",
  () => {
    it("writes what seeding on one connection writes, indexes and search included", async () => {
      const options = { now: new Date(testNow), size: smallDemo };
      const direct = await migrated(":memory:");
      seedDemoData(direct.sqlite, options);
      const file = join(folder, "cutr.sqlite");
      const threaded = await migrated(file);
      const writer = seedWriterThread(file);
      await seedDemoDataInThread(threaded.sqlite, writer, options);
      await writer.ended;
      const written = contents(threaded.sqlite);
      expect(Object.keys(written.rows).length).toBeGreaterThan(30);
      expect(written.rows.orders).toHaveLength(smallDemo.orders);
      const expected = contents(direct.sqlite);
      expect(written.schema).toEqual(expected.schema);
      for (const table of Object.keys(expected.rows))
        expect(written.rows[table], table).toEqual(expected.rows[table]);
      // The word search table was filled as the rows went in.
      expect(
        threaded.sqlite
          .prepare(
            "SELECT count(*) FROM order_search WHERE order_search MATCH 'amsterdam'",
          )
          .pluck()
          .get(),
      ).toBeGreaterThan(0);
      // The infix index, left out while the rows went in, was filled whole after (same rows as the
      // direct seed's, compared above) and its triggers are back.
      expect(written.rows.order_infix).toHaveLength(smallDemo.orders);
      expect(threaded.sqlite.pragma("integrity_check", { simple: true })).toBe(
        "ok",
      );
      await direct.close();
      await threaded.close();
    });

    it("begins again from nothing after a start stopped while it filled the new database", async () => {
      const file = join(folder, "cutr.sqlite");
      // What a start killed mid-filling leaves: a migrated database without a row, and the marker.
      const left = await migrated(file);
      await left.close();
      writeFileSync(`${file}.seeding`, "");
      const start = () =>
        startCore({
          databaseFile: file,
          clock: fixedClock(testNow),
          demo: true,
          demoSize: smallDemo,
          log: { info: () => undefined, error: () => undefined },
        });
      const core = await start();
      const orders = await core.services.db
        .selectFrom("orders")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(orders.n)).toBe(smallDemo.orders);
      expect(existsSync(`${file}.seeding`)).toBe(false);
      await core.close();
      // A finished database is opened as it is at the next start.
      const again = await start();
      expect(again.seeded).toBe(false);
      await again.close();
    });

    it("writes nothing when a foreign key is broken or a statement fails", async () => {
      const file = join(folder, "cutr.sqlite");
      const handle = await migrated(file);
      const regions = () =>
        handle.sqlite
          .prepare("SELECT count(*) FROM partner_regions")
          .pluck()
          .get();

      const broken = seedWriterThread(file);
      broken.run(
        "INSERT INTO partner_regions (partner_id, region) VALUES (?, ?)",
        [999, "NL-NH"],
      );
      expect(await broken.commit()).toHaveLength(1);
      await broken.ended;
      expect(regions()).toBe(0);

      const failing = seedWriterThread(file);
      failing.exec("CREATE INDEX nothing_here ON no_such_table (id)");
      await expect(failing.commit()).rejects.toThrow(/no such table/);
      await failing.ended;
      // The next seed still takes the write lock: nothing was left holding it.
      const abandoned = seedWriterThread(file);
      abandoned.exec("DELETE FROM settings");
      await abandoned.abandon();
      await abandoned.ended;
      await handle.close();
    });
  },
);
