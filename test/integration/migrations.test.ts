import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../electron/core/db/connect";
import {
  DatabaseTooNewError,
  migrateToLatest,
} from "../../electron/core/db/migrate";
import { migrations } from "../../electron/core/db/migrations";
import { seedDemoData } from "../../electron/core/db/demo/seed";
import { migrationsBefore } from "../fixtures/migrations";
import { fixedClock } from "../../electron/core/clock";
import { consoleLogger } from "../../electron/core/context";
import { recomputeAfterExactScores } from "../../electron/core/ratings/recompute-after-exact-scores";
import { defaultPolicy } from "../../shared/policy";
import { tierOf } from "../../shared/rules/tier";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "cutr-migrations-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A database file as it was before `first`, filled with a small demo. */
async function demoDatabaseBefore(first: string, orders: number) {
  const handle = openDatabase(join(folder, "cutr.sqlite"));
  await migrateToLatest(handle, { migrations: migrationsBefore(first) });
  seedDemoData(handle.sqlite, {
    now: new Date("2026-11-22T09:00:00Z"),
    size: { partners: 5, customers: 3, orders },
  });
  return handle;
}

/** What SQLite plans for a query, its steps joined: to see which index it uses. */
function queryPlan(
  handle: { sqlite: { prepare(sql: string): { all(): unknown[] } } },
  query: string,
): string {
  return (
    handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as {
      detail: string;
    }[]
  )
    .map((r) => r.detail)
    .join("; ");
}

const checksum = (file: string) =>
  createHash("sha256").update(readFileSync(file)).digest("hex");

describe("the migrations", () => {
  it("creates the whole schema on an empty database, with foreign keys and WAL on", async () => {
    const handle = openDatabase(join(folder, "cutr.sqlite"));
    const report = await migrateToLatest(handle);
    expect(report).toEqual({
      // Every migration, in order (0001_initial first).
      applied: Object.keys(migrations).sort(),
      backupFile: null,
    });
    const tables = (await handle.db.introspection.getTables()).map(
      (t) => t.name,
    );
    for (const table of [
      "orders",
      "partners",
      "ratings",
      "messages",
      "outbox",
      "audit_log",
      "settings",
    ]) {
      expect(tables).toContain(table);
    }
    expect(handle.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(handle.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(handle.sqlite.pragma("synchronous", { simple: true })).toBe(2);
    await handle.close();
  });

  it("keeps the order search in step with orders and partner names", async () => {
    const handle = openDatabase(":memory:");
    await migrateToLatest(handle);
    seedDemoData(handle.sqlite, {
      now: new Date("2026-11-22T09:00:00Z"),
      size: { partners: 5, customers: 3, orders: 20 },
    });
    const assigned = handle.sqlite
      .prepare(
        "SELECT id, partner_id FROM orders WHERE partner_id IS NOT NULL LIMIT 1",
      )
      .get() as { id: number; partner_id: number };
    handle.sqlite
      .prepare("UPDATE partners SET name = 'Zzyzx Werkplaats' WHERE id = ?")
      .run(assigned.partner_id);
    const hits = handle.sqlite
      .prepare(
        "SELECT rowid FROM order_search WHERE order_search MATCH 'zzyzx'",
      )
      .all() as { rowid: number }[];
    expect(hits.map((h) => h.rowid)).toContain(assigned.id);
    await handle.close();
  });

  it("is idempotent: a second run applies nothing and takes no backup", async () => {
    const file = join(folder, "cutr.sqlite");
    const handle = openDatabase(file);
    await migrateToLatest(handle);
    expect(await migrateToLatest(handle)).toEqual({
      applied: [],
      backupFile: null,
    });
    await handle.close();
  });
});

describe("migrating an existing file", () => {
  const later = {
    ...migrations,
    "9999_test_notes": {
      up: async (
        db: Parameters<(typeof migrations)["0001_initial"]["up"]>[0],
      ) => {
        await db.schema
          .alterTable("orders")
          .addColumn("test_note", "text")
          .execute();
      },
    },
  };

  it("backs the file up with its data before applying a new migration", async () => {
    const file = join(folder, "cutr.sqlite");
    let handle = openDatabase(file);
    await migrateToLatest(handle);
    seedDemoData(handle.sqlite, {
      now: new Date("2026-11-22T09:00:00Z"),
      size: { partners: 5, customers: 3, orders: 20 },
    });
    await handle.close();

    handle = openDatabase(file);
    const report = await migrateToLatest(handle, {
      migrations: later,
      backupFileFor: () => join(folder, "backup.sqlite"),
    });
    expect(report.applied).toEqual(["9999_test_notes"]);
    expect(report.backupFile).toBe(join(folder, "backup.sqlite"));
    const orders = await sql<{
      n: number;
    }>`SELECT count(*) AS n, count(test_note) AS notes FROM orders`.execute(
      handle.db,
    );
    expect(orders.rows[0]).toMatchObject({ n: 20 });
    await handle.close();

    const backup = openDatabase(join(folder, "backup.sqlite"), {
      readonly: true,
    });
    expect(
      backup.sqlite.prepare("SELECT count(*) AS n FROM orders").get(),
    ).toEqual({ n: 20 });
    expect(backup.sqlite.prepare("PRAGMA quick_check").get()).toEqual({
      quick_check: "ok",
    });
    const columns = backup.sqlite
      .prepare("PRAGMA table_info(orders)")
      .all() as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain("test_note");
    await backup.close();
  });

  it("0005 keeps every user and file when it adds passwords and the blobs table", async () => {
    const handle = await demoDatabaseBefore("0005_team_mode", 40);
    const count = (table: string) =>
      (
        handle.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {
          n: number;
        }
      ).n;
    const users = count("users");
    const files = count("files");
    const report = await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0005.sqlite"),
    });
    expect(report.applied).toEqual(
      Object.keys(migrations)
        .sort()
        .filter((name) => name >= "0005"),
    );
    expect(count("users")).toBe(users);
    expect(count("files")).toBe(files);
    expect(count("blobs")).toBe(0);
    const passwords = handle.sqlite
      .prepare("SELECT count(*) AS n FROM users WHERE password_hash IS NULL")
      .get() as { n: number };
    expect(passwords.n).toBe(users);
    await handle.close();
  });

  it("0007 starts everyone in English and accepts only English or Dutch", async () => {
    const handle = await demoDatabaseBefore("0007_languages", 10);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0007.sqlite"),
    });
    for (const table of ["users", "partners", "customers"]) {
      const languages = handle.sqlite
        .prepare(`SELECT DISTINCT language FROM ${table}`)
        .pluck()
        .all();
      expect(languages, table).toEqual(["en"]);
      expect(() =>
        handle.sqlite.prepare(`UPDATE ${table} SET language = 'fr'`).run(),
      ).toThrow(/CHECK constraint failed/);
    }
    await handle.close();
  });

  it("0008 keeps the packing slips drawn before it, in English, and accepts only English or Dutch", async () => {
    const handle = await demoDatabaseBefore("0008_packing_slip_language", 10);
    handle.sqlite
      .prepare(
        `INSERT INTO packing_slips (order_id, order_version, sha256, size_bytes, page_count, generated_at, generated_by)
         SELECT orders.id, orders.version, 'ab', 1, 2, '2026-11-22T09:00:00.000Z', users.id
         FROM orders, users LIMIT 3`,
      )
      .run();
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0008.sqlite"),
    });
    expect(
      handle.sqlite
        .prepare(
          "SELECT group_concat(DISTINCT language) AS language, count(*) AS n FROM packing_slips",
        )
        .get(),
    ).toEqual({ language: "en", n: 3 });
    expect(() =>
      handle.sqlite.prepare("UPDATE packing_slips SET language = 'fr'").run(),
    ).toThrow(/CHECK constraint failed/);
    await handle.close();
  });

  it("0009 to 0012 keep every row and add their indexes", async () => {
    const handle = await demoDatabaseBefore("0009_orders_status_region", 40);
    const tables = ["orders", "outbox", "settings", "closing_days"];
    const counts = () =>
      tables.map(
        (table) =>
          (
            handle.sqlite
              .prepare(`SELECT count(*) AS n FROM ${table}`)
              .get() as { n: number }
          ).n,
      );
    const rows = counts();
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0009.sqlite"),
    });
    expect(counts()).toEqual(rows);
    const plan = (query: string) => queryPlan(handle, query);
    expect(
      plan("SELECT id FROM orders WHERE status = 'open' AND region = 'NL-NH'"),
    ).toContain("orders_status_region");
    expect(
      plan(
        "SELECT id FROM outbox WHERE kind = 'unread_digest' AND due_at = '2026-11-22T07:00:00.000Z'",
      ),
    ).toContain("outbox_kind_due");
    expect(
      plan(
        "SELECT id FROM orders ORDER BY partner_name ASC NULLS FIRST, id ASC LIMIT 10",
      ),
    ).toContain("orders_partner_name");
    await handle.close();
  });

  it("0013 keeps every partner, customer and order, seeds the lists with what they use", async () => {
    const handle = await demoDatabaseBefore("0013_real_data", 60);
    const count = (table: string) =>
      (
        handle.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {
          n: number;
        }
      ).n;
    const before = ["partners", "customers", "orders"].map(count);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0013.sqlite"),
    });
    expect(["partners", "customers", "orders"].map(count)).toEqual(before);
    // Every capability and region the data uses is in the admins' lists, named in both languages.
    const missing = handle.sqlite
      .prepare(
        `SELECT capability AS code FROM partner_capabilities
           WHERE capability NOT IN (SELECT code FROM capabilities)
         UNION SELECT capability FROM order_capabilities
           WHERE capability NOT IN (SELECT code FROM capabilities)
         UNION SELECT region FROM partner_regions
           WHERE region NOT IN (SELECT code FROM regions)
         UNION SELECT region FROM orders WHERE region NOT IN (SELECT code FROM regions)`,
      )
      .all();
    expect(missing).toEqual([]);
    expect(
      handle.sqlite
        .prepare("SELECT name_en, name_nl FROM regions WHERE code = 'BE-BRU'")
        .get(),
    ).toEqual({ name_en: "Brussels", name_nl: "Brussel" });
    // The partners made before have blank new details, a version, and no pause.
    expect(
      handle.sqlite
        .prepare(
          "SELECT count(*) AS n FROM partners WHERE contact_name = '' AND paused_reason IS NULL AND external_ref IS NULL",
        )
        .get(),
    ).toEqual({ n: before[0] });
    // Two imports may not give two partners the same reference.
    handle.sqlite
      .prepare("UPDATE partners SET external_ref = 'P-1' WHERE id = 1")
      .run();
    expect(() =>
      handle.sqlite
        .prepare("UPDATE partners SET external_ref = 'P-1' WHERE id = 2")
        .run(),
    ).toThrow(/UNIQUE/);
    await handle.close();
  });

  it("0014 gives every order score its exact form, and the start recomputes every partner from it", async () => {
    const handle = await demoDatabaseBefore("0014_exact_scores", 80);
    const scoresBefore = handle.sqlite
      .prepare("SELECT id, source, score FROM partner_scores ORDER BY id")
      .all() as { id: number; source: string; score: number }[];
    expect(scoresBefore.some((s) => s.source === "cancellation")).toBe(true);
    const report = await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0014.sqlite"),
    });
    const scoresAfter = handle.sqlite
      .prepare(
        `SELECT s.id, s.source, s.score, s.score_points, s.score_parts,
                r.quality + r.communication + r.involvement + r.delivery_time + r.budget
                  + coalesce(r.customer_satisfaction, 0) AS stars,
                r.customer_satisfaction
         FROM partner_scores s LEFT JOIN ratings r ON r.id = s.rating_id ORDER BY s.id`,
      )
      .all() as {
      id: number;
      source: string;
      score: number;
      score_points: number;
      score_parts: number;
      stars: number | null;
      customer_satisfaction: number | null;
    }[];
    expect(scoresAfter.map((s) => s.id)).toEqual(scoresBefore.map((s) => s.id));
    for (const score of scoresAfter) {
      if (score.source === "rating")
        expect(score).toMatchObject({
          score_points: score.stars,
          score_parts: score.customer_satisfaction === null ? 5 : 6,
        });
      else expect(score).toMatchObject({ score_points: 100, score_parts: 100 });
      expect(score.score_points / score.score_parts).toBeCloseTo(
        score.score,
        12,
      );
    }

    const messages: string[] = [];
    const result = await recomputeAfterExactScores(handle.db, report, {
      clock: fixedClock(new Date("2026-11-22T09:00:00Z")),
      log: { ...consoleLogger, info: (message) => messages.push(message) },
    });
    const partners = handle.sqlite
      .prepare("SELECT id, rating, tier, rated_orders FROM partners")
      .all() as { id: number; rating: number | null; tier: string }[];
    expect(result?.partners).toBe(partners.length);
    expect(messages).toEqual([
      expect.stringMatching(
        /^Order scores are now exact: \d+ partners recomputed, \d+ changed tier$/,
      ),
    ]);
    for (const partner of partners)
      expect(partner.tier).toBe(tierOf(partner.rating, defaultPolicy));
    // Only the migration that made the scores exact recomputes: a later start does nothing.
    expect(
      await recomputeAfterExactScores(
        handle.db,
        { applied: [], backupFile: null },
        { clock: fixedClock(new Date()), log: consoleLogger },
      ),
    ).toBeNull();
    await handle.close();
  });

  it("0015 lists every user's unread threads from the read marks, whatever their age", async () => {
    const handle = await demoDatabaseBefore("0015_unread_threads", 80);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0015.sqlite"),
    });
    const listed = handle.sqlite
      .prepare(
        "SELECT user_id || ':' || thread_id AS pair FROM unread_threads ORDER BY 1",
      )
      .pluck()
      .all() as string[];
    // The same, worked out here message by message.
    const marks = new Map(
      (
        handle.sqlite
          .prepare(
            "SELECT user_id, thread_id, last_read_message_id FROM message_reads",
          )
          .all() as {
          user_id: number;
          thread_id: number;
          last_read_message_id: number;
        }[]
      ).map((r) => [`${r.user_id}:${r.thread_id}`, r.last_read_message_id]),
    );
    const users = handle.sqlite
      .prepare("SELECT id FROM users WHERE active = 1")
      .pluck()
      .all() as number[];
    const messages = handle.sqlite
      .prepare("SELECT id, thread_id, author_user_id FROM messages")
      .all() as {
      id: number;
      thread_id: number;
      author_user_id: number | null;
    }[];
    const expected = new Set<string>();
    for (const user of users)
      for (const m of messages)
        if (
          m.author_user_id !== user &&
          m.id > (marks.get(`${user}:${m.thread_id}`) ?? 0)
        )
          expected.add(`${user}:${m.thread_id}`);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual([...expected].sort());
    await handle.close();
  });

  it("0017 gives every recorded delivery date the assignment of its order it was recorded in", async () => {
    const handle = await demoDatabaseBefore(
      "0017_date_changes_assignment",
      120,
    );
    const before = handle.sqlite
      .prepare("SELECT count(*) AS n FROM delivery_date_changes")
      .get() as { n: number };
    expect(before.n).toBeGreaterThan(0);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0017.sqlite"),
    });
    const wrong = handle.sqlite
      .prepare(
        `SELECT c.id FROM delivery_date_changes c
         LEFT JOIN assignments a ON a.id = c.assignment_id
         WHERE a.id IS NULL OR a.order_id <> c.order_id`,
      )
      .all();
    expect(wrong).toEqual([]);
    await handle.close();
  });

  it("0018 gives each ended assignment its own Cutr thread, with the messages written before it ended, and loses none", async () => {
    const handle = await demoDatabaseBefore(
      "0018_cutr_thread_per_assignment",
      400,
    );
    const count = (query: string) =>
      (handle.sqlite.prepare(query).get() as { n: number }).n;
    // The demo writes its messages after any reassignment: the first partners' messages are
    // added here, an hour before each ended assignment ended.
    handle.sqlite.exec(`
      INSERT OR IGNORE INTO message_threads (order_id, kind, message_count)
      SELECT order_id, 'cutr', 0 FROM assignments WHERE cancelled_at IS NOT NULL;
      INSERT INTO messages (thread_id, author_kind, author_name, body, created_at)
      SELECT t.id, 'partner', 'First partner', '"We cannot make it"',
             strftime('%Y-%m-%dT%H:%M:%fZ', a.cancelled_at, '-1 hour')
      FROM assignments a JOIN message_threads t ON t.order_id = a.order_id AND t.kind = 'cutr'
      WHERE a.cancelled_at IS NOT NULL;`);
    const messages = count("SELECT count(*) AS n FROM messages");
    // Cutr messages of reassigned orders written before an assignment ended: moved by 0018.
    const toMove = count(
      `SELECT count(*) AS n FROM messages m JOIN message_threads t ON t.id = m.thread_id
       WHERE t.kind = 'cutr' AND EXISTS (SELECT 1 FROM assignments a WHERE a.order_id = t.order_id
         AND a.cancelled_at IS NOT NULL AND a.cancelled_at >= m.created_at)`,
    );
    expect(toMove).toBeGreaterThan(0);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0018.sqlite"),
    });
    expect(count("SELECT count(*) AS n FROM messages")).toBe(messages);
    expect(handle.sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(
      count(
        `SELECT count(*) AS n FROM messages m JOIN message_threads t ON t.id = m.thread_id
         WHERE t.ended_at IS NOT NULL`,
      ),
    ).toBe(toMove);
    // No open Cutr thread keeps a message from before an assignment of its order ended, and
    // every closed one holds only messages from before its own assignment ended.
    expect(
      count(
        `SELECT count(*) AS n FROM messages m JOIN message_threads t ON t.id = m.thread_id
         JOIN assignments a ON a.order_id = t.order_id AND a.cancelled_at IS NOT NULL
         WHERE t.kind = 'cutr' AND (
           (t.ended_at IS NULL AND a.cancelled_at >= m.created_at) OR
           (t.assignment_id = a.id AND m.created_at > a.cancelled_at))`,
      ),
    ).toBe(0);
    // Each thread's counts say what it holds; open Cutr threads name the current assignment.
    expect(
      count(
        `SELECT count(*) AS n FROM message_threads t
         WHERE t.message_count <> (SELECT count(*) FROM messages m WHERE m.thread_id = t.id)
            OR coalesce(t.last_message_id, 0) <>
               coalesce((SELECT max(m.id) FROM messages m WHERE m.thread_id = t.id), 0)`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT count(*) AS n FROM message_threads t
         WHERE t.kind = 'cutr' AND t.ended_at IS NULL AND t.assignment_id IS NOT
           (SELECT a.id FROM assignments a WHERE a.order_id = t.order_id AND a.cancelled_at IS NULL)`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT count(*) AS n FROM unread_threads u JOIN message_threads t ON t.id = u.thread_id
         WHERE t.ended_at IS NOT NULL`,
      ),
    ).toBe(0);
    await handle.close();
  });

  it("0022 keeps every email and indexes the messages they refer to", async () => {
    const handle = await demoDatabaseBefore("0022_message_ref_indexes", 40);
    const emails = () =>
      (
        handle.sqlite.prepare("SELECT count(*) AS n FROM outbox").get() as {
          n: number;
        }
      ).n;
    const before = emails();
    expect(before).toBeGreaterThan(0);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0022.sqlite"),
    });
    expect(emails()).toBe(before);
    const plan = (query: string) => queryPlan(handle, query);
    expect(plan("SELECT id FROM outbox WHERE message_ref = 7")).toContain(
      "outbox_message_ref",
    );
    expect(plan("SELECT id FROM mail_in WHERE message_ref = 7")).toContain(
      "mail_in_message_ref",
    );
    await handle.close();
  });

  it("0023 indexes every order's number, names and address for search by any part", async () => {
    const handle = await demoDatabaseBefore("0023_order_infix_search", 40);
    await migrateToLatest(handle, {
      backupFileFor: () => join(folder, "before-0023.sqlite"),
    });
    const row = (query: string, ...values: unknown[]) =>
      handle.sqlite.prepare(query).get(...values) as Record<string, unknown>;
    expect(row("SELECT count(*) AS n FROM order_infix").n).toBe(
      row("SELECT count(*) AS n FROM orders").n,
    );
    const order = row(
      "SELECT id, number, customer_name FROM orders ORDER BY id DESC LIMIT 1",
    ) as { id: number; number: string; customer_name: string };
    const holding = (text: string) =>
      (
        handle.sqlite
          .prepare("SELECT rowid FROM order_infix WHERE order_infix MATCH ?")
          .all(`"${text}"`) as { rowid: number }[]
      ).map((r) => r.rowid);
    expect(holding(order.number.slice(-4))).toContain(order.id);
    expect(holding(order.customer_name.slice(1, 5))).toContain(order.id);
    // Kept by the triggers: a renamed customer is found by its new name, an order moved by its new street.
    handle.sqlite
      .prepare(
        "UPDATE customers SET name = 'Zeeuwse Werkplaats' WHERE id = (SELECT customer_id FROM orders WHERE id = ?)",
      )
      .run(order.id);
    handle.sqlite
      .prepare(
        "UPDATE orders SET delivery_street = 'Kortestraat 9' WHERE id = ?",
      )
      .run(order.id);
    expect(holding("uwse werk")).toContain(order.id);
    expect(holding("ortestr")).toContain(order.id);
    // (Its milestones and messages would keep a real order; only the index is looked at here.)
    handle.sqlite.pragma("foreign_keys = OFF");
    handle.sqlite.prepare("DELETE FROM orders WHERE id = ?").run(order.id);
    expect(holding("ortestr")).not.toContain(order.id);
    await handle.close();
  });

  it("rolls a failing migration back completely", async () => {
    const file = join(folder, "cutr.sqlite");
    const handle = openDatabase(file);
    await migrateToLatest(handle);
    const failing = {
      ...migrations,
      "9999_half_done": {
        up: async (
          db: Parameters<(typeof migrations)["0001_initial"]["up"]>[0],
        ) => {
          await db.schema
            .createTable("half_done")
            .addColumn("id", "integer")
            .execute();
          throw new Error("disk on fire");
        },
      },
    };
    await expect(
      migrateToLatest(handle, {
        migrations: failing,
        backupFileFor: () => join(folder, "b.sqlite"),
      }),
    ).rejects.toThrow(/9999_half_done failed and was rolled back/);
    const tables = (await handle.db.introspection.getTables()).map(
      (t) => t.name,
    );
    expect(tables).not.toContain("half_done");
    await handle.close();
  });

  it("refuses a database from a newer console and leaves the file untouched", async () => {
    const file = join(folder, "cutr.sqlite");
    let handle = openDatabase(file);
    await migrateToLatest(handle);
    handle.sqlite
      .prepare(
        "INSERT INTO kysely_migration (name, timestamp) VALUES ('0099_from_the_future', '2030-01-01')",
      )
      .run();
    handle.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    await handle.close();
    const before = checksum(file);

    handle = openDatabase(file);
    await expect(migrateToLatest(handle)).rejects.toBeInstanceOf(
      DatabaseTooNewError,
    );
    await expect(migrateToLatest(handle)).rejects.toThrow(
      /newer version of the Cutr console.*0099_from_the_future/,
    );
    await handle.close();
    expect(checksum(file)).toBe(before);
    expect(existsSync(join(folder, "backup.sqlite"))).toBe(false);
  });
});
