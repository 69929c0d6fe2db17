// Moving to team mode: a local console's database and files, copied into an empty PostgreSQL
// database, verified table by table; never into a database that has data, never half.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { fixedClock } from "../../../electron/core/clock";
import { openPostgres } from "../../../electron/core/db/connect-postgres";
import {
  CopyRefusedError,
  copyToPostgres,
} from "../../../electron/core/db/copy-to-postgres";
import { diskFileStore } from "../../../electron/core/files/file-store";
import type { FileContent } from "../../../electron/core/files/read-file";
import { startCore, type Core } from "../../../electron/core/start-core";
import {
  signIn,
  smallDemo,
  testNow,
  testPassword,
  valueOf,
} from "../../fixtures/core";
import { hashPassword } from "../../../electron/core/auth/passwords";
import {
  createDatabase,
  dropDatabase,
} from "../../fixtures/postgres-databases";
import { databaseUrl } from "../../fixtures/postgres-server";

const quiet = { error: () => undefined, info: () => undefined };
const adminUrl = inject("postgresAdminUrl");
let folder: string;
let local: Core;
let name: string;
let counter = 0;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), "cutr-copy-"));
  local = await startCore({
    databaseFile: join(folder, "cutr.sqlite"),
    clock: fixedClock(testNow),
    demo: true,
    demoSize: smallDemo,
    log: quiet,
  });
  name = `cutr_copy_${process.pid}_${++counter}`;
  await createDatabase(adminUrl, name);
});

afterEach(async () => {
  await local.close();
  await dropDatabase(adminUrl, name);
  rmSync(folder, { recursive: true, force: true });
});

const copy = async () => {
  const target = openPostgres(databaseUrl(adminUrl, name));
  try {
    if (local.handle.dialect !== "sqlite") throw new Error("local expected");
    return await copyToPostgres(
      local.handle,
      diskFileStore(join(folder, "files")),
      target,
      { now: new Date(testNow) },
    );
  } finally {
    await target.close();
  }
};

const teamCore = () =>
  startCore({
    databaseFile: ":memory:",
    databaseUrl: databaseUrl(adminUrl, name),
    clock: fixedClock(testNow),
    demo: false,
    log: quiet,
  });

describe("copying a local database to PostgreSQL", () => {
  it("moves every row and every file, and the team console reads them as the local one did", async () => {
    const report = await copy();
    const orders = report.tables.find((t) => t.name === "orders");
    expect(orders?.rows).toBe(smallDemo.orders);
    expect(report.blobs).toBeGreaterThan(0);

    const team = await teamCore();
    try {
      for (const table of ["orders", "files", "messages", "ratings"]) {
        const count = (core: Core) =>
          sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`
            .execute(core.services.db)
            .then((r) => Number(r.rows[0]!.n));
        expect(await count(team), table).toBe(await count(local));
      }
      // Team mode asks for a password: the copied users have none until an admin sets one.
      expect(
        await team.call(
          "auth.signIn",
          { email: "dispatcher@cutr.example", password: testPassword },
          null,
        ),
      ).toMatchObject({ ok: false, error: { code: "UNAUTHORIZED" } });
      await team.services.db
        .updateTable("users")
        .set({ password_hash: await hashPassword(testPassword) })
        .execute();
      // The same order, and the same photo bytes, through the same operations.
      const [localSession, teamSession] = [
        await signIn(local),
        await signIn(team),
      ];
      const photo = await local.services.db
        .selectFrom("files")
        .select(["id", "order_id"])
        .where("mime", "=", "image/jpeg")
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const get = (core: Core, session: string) =>
        core.call("orders.get", { id: photo.order_id }, session);
      expect(valueOf(await get(team, teamSession))).toEqual(
        valueOf(await get(local, localSession)),
      );
      const localBytes = valueOf<FileContent>(
        await local.readFile(photo.id, "original", localSession),
      );
      const teamBytes = valueOf<FileContent>(
        await team.readFile(photo.id, "original", teamSession),
      );
      expect(Buffer.compare(teamBytes.bytes, localBytes.bytes)).toBe(0);
      // New rows continue after the copied ids: the identity sequences were moved on.
      const highest = await team.services.db
        .selectFrom("customers")
        .select((eb) => eb.fn.max("id").as("id"))
        .executeTakeFirstOrThrow();
      const added = await team.services.db
        .insertInto("customers")
        .values({
          name: "New Customer BV",
          email: "new@example.com",
          phone: "+31 20 000 0000",
          city: "Utrecht",
          country: "NL",
          key_account: 0,
          created_at: testNow,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(added.id).toBe(Number(highest.id) + 1);
    } finally {
      await team.close();
    }
  });

  it("refuses a database that already has data, and changes nothing there", async () => {
    await copy();
    const error = await copy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CopyRefusedError);
    expect(String(error)).toMatch(/not empty/);
    const team = await teamCore();
    const orders = await team.services.db
      .selectFrom("orders")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(orders.n).toBe(smallDemo.orders);
    await team.close();
  });

  it("keeps nothing on the server when a file is missing from the local store", async () => {
    const store = join(folder, "files");
    const first = readdirSync(store)[0]!;
    rmSync(join(store, first), { recursive: true, force: true });
    const error = await copy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CopyRefusedError);
    expect(String(error)).toMatch(
      /missing from the local file store: nothing was copied/,
    );
    const team = await teamCore();
    const orders = await team.services.db
      .selectFrom("orders")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(orders.n).toBe(0);
    await team.close();
  });
});
