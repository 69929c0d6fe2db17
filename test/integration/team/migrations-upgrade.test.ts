// Upgrading a team database that has data, as a team's server is upgraded when a new console
// starts: the small demo on PostgreSQL as it was before migration 0010, then the console's own
// start. Every row stays, and what 0010–0012 bring works (orders without a partner first, the
// outbox's index, the notice when the policy or a closing day changes).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterEach, expect, inject, it } from "vitest";
import { openPostgres } from "../../../electron/core/db/connect-postgres";
import { migrateToLatest } from "../../../electron/core/db/migrate";
import type { Core } from "../../../electron/core/start-core";
import type { OrderRow } from "../../../shared/contract";
import { secondConsole, signIn, valueOf } from "../../fixtures/core";
import { migrationsBefore } from "../../fixtures/migrations";
import {
  createDatabase,
  dropDatabase,
} from "../../fixtures/postgres-databases";
import { binDir, databaseUrl } from "../../fixtures/postgres-server";

const adminUrl = inject("postgresAdminUrl");
const name = `cutr_upgrade_${process.pid}`;
const source = `${name}_source`;
const url = databaseUrl(adminUrl, name);
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  await dropDatabase(adminUrl, name);
  await dropDatabase(adminUrl, source);
});

/** Runs one of PostgreSQL's client programs; its output, or an error with what it said. */
function client(program: string, args: string[], input?: Buffer): Buffer {
  const run = spawnSync(join(binDir(), program), args, {
    input,
    maxBuffer: 256 * 1024 ** 2,
  });
  if (run.error) throw run.error;
  if (run.status !== 0)
    throw new Error(`${program} failed: ${run.stderr.toString()}`);
  return run.stdout;
}

/** Each table's columns in a database, by table. */
async function columnsOf(database: string): Promise<Map<string, Set<string>>> {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    const { rows } = await client.query<{
      table_name: string;
      column_name: string;
    }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema()`,
    );
    const tables = new Map<string, Set<string>>();
    for (const row of rows)
      tables.set(
        row.table_name,
        (tables.get(row.table_name) ?? new Set()).add(row.column_name),
      );
    return tables;
  } finally {
    await client.end();
  }
}

/**
 * Makes the latest schema's copy look like the older one: the tables and columns later migrations
 * added are dropped, so its rows fit the older tables.
 */
async function asOlderSchema(
  database: string,
  older: Map<string, Set<string>>,
) {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    for (const [table, columns] of await columnsOf(database)) {
      if (table.startsWith("kysely_")) continue;
      const had = older.get(table);
      if (!had) {
        await client.query(`DROP TABLE "${table}" CASCADE`);
        continue;
      }
      for (const column of columns)
        if (!had.has(column))
          await client.query(
            `ALTER TABLE "${table}" DROP COLUMN "${column}" CASCADE`,
          );
    }
  } finally {
    await client.end();
  }
}

/** The demo's rows in a database migrated only up to `first`. */
async function demoTeamDatabaseBefore(first: string): Promise<void> {
  await createDatabase(adminUrl, name);
  const handle = openPostgres(url);
  try {
    await migrateToLatest(handle, { migrations: migrationsBefore(first) });
  } finally {
    await handle.close();
  }
  // Dumped from a copy: a session on the template itself would make the other test files'
  // CREATE DATABASE … TEMPLATE wait for it, and fail after 5 s.
  await createDatabase(adminUrl, source, "cutr_template_demo");
  await asOlderSchema(databaseUrl(adminUrl, source), await columnsOf(url));
  const rows = client("pg_dump", [
    "--data-only",
    "--exclude-table=kysely_migration*",
    databaseUrl(adminUrl, source),
  ]);
  // pg_dump empties the search path; the console's triggers, which fire on the rows, name their
  // tables unqualified, as every migration does.
  const withPath = Buffer.from(
    rows
      .toString()
      .replace("SELECT pg_catalog.set_config('search_path', '', false);", ""),
  );
  client("psql", ["--quiet", "--set=ON_ERROR_STOP=1", url], withPath);
}

/** Each table's row count, and the definition of the index 0010 rebuilds. */
async function rowCounts(): Promise<Record<string, number | string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const index = await client.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE indexname = 'orders_partner_name'",
    );
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
       ORDER BY table_name`,
    );
    const counts: Record<string, number | string> = {
      orders_partner_name: index.rows[0]?.indexdef ?? "",
    };
    for (const { name: table } of tables.rows) {
      const result = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table}"`,
      );
      counts[table] = Number(result.rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

it("upgrades a team database with data from before 0010, keeping every row", async () => {
  await demoTeamDatabaseBefore("0010_orders_partner_nulls_first");
  const before = await rowCounts();
  expect(before.orders).toBeGreaterThan(0);

  core = await secondConsole(url);
  expect(before.orders_partner_name).not.toContain("NULLS FIRST");
  expect(await rowCounts()).toEqual({
    ...before,
    orders_partner_name: expect.stringContaining("partner_name NULLS FIRST"),
    // The tables 0013 adds: the lists it seeds, and the empty ones.
    capabilities: 12,
    regions: 15,
    customer_contacts: 0,
    customer_addresses: 0,
    order_numbers: 0,
    // 0015 fills it from the read marks (checked exactly on SQLite in migrations.test.ts).
    unread_threads: expect.any(Number),
    // 0019: the mail read from the mailbox.
    mail_in: 0,
    // 0021: integrations and their webhooks.
    integrations: 0,
    integration_requests: 0,
    webhook_subscriptions: 0,
    webhook_deliveries: 0,
  });

  const session = await signIn(core);
  for (const direction of ["asc", "desc"] as const) {
    const { rows } = valueOf<{ rows: OrderRow[] }>(
      await core.call(
        "orders.list",
        { limit: 500, sort: { column: "partner", direction } },
        session,
      ),
    );
    const ends = direction === "asc" ? rows[0] : rows.at(-1);
    expect(ends?.partnerName).toBeNull();
  }
  const indexes = await sql<{ indexdef: string }>`
    SELECT indexdef FROM pg_indexes
    WHERE indexname = 'outbox_kind_due'`.execute(core.services.db);
  expect(indexes.rows[0]?.indexdef).toContain("(kind, due_at)");

  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  try {
    const heard = new Promise<string>((resolve) =>
      listener.on("notification", (n) => resolve(n.payload ?? "")),
    );
    await listener.query("LISTEN cutr_changes");
    const admin = await signIn(core, "admin@cutr.example");
    valueOf(
      await core.call(
        "calendar.addClosingDay",
        { date: "2026-12-24", name: "Kerstavond" },
        admin,
      ),
    );
    expect(JSON.parse(await heard)).toMatchObject({
      table: "closing_days",
      kind: "settings",
    });
  } finally {
    await listener.end();
  }
}, 60_000);
