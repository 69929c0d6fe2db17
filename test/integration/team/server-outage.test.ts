// A team's server that is wrong, refuses, or goes away mid-work: a clear message, nothing
// half-written, and the console works again when the server is back, without a restart.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseTooNewError } from "../../../electron/core/db/migrate";
import { fixedClock } from "../../../electron/core/clock";
import { DatabaseUrlError } from "../../../electron/core/db/connect-postgres";
import { DatabaseUnreachableError } from "../../../electron/core/db/postgres-errors";
import { startCore, type Core } from "../../../electron/core/start-core";
import { signIn, smallDemo, testNow, valueOf } from "../../fixtures/core";
import { createDatabase } from "../../fixtures/postgres-databases";
import {
  databaseUrl,
  startPostgresServer,
  type PostgresServer,
} from "../../fixtures/postgres-server";
import { hashPassword } from "../../../electron/core/auth/passwords";
import { testPassword } from "../../fixtures/core";

const quiet = { error: () => undefined, info: () => undefined };
const start = (url: string) =>
  startCore({
    databaseFile: ":memory:",
    databaseUrl: url,
    clock: fixedClock(testNow),
    demo: true,
    demoSize: smallDemo,
    log: quiet,
  });

let server: PostgresServer;
let core: Core;
beforeAll(async () => {
  // A server of its own, durable as a real one: this test crashes it.
  server = await startPostgresServer({
    durable: true,
    password: "server passphrase",
  });
  await createDatabase(server.adminUrl, "cutr_outage");
  core = await start(databaseUrl(server.adminUrl, "cutr_outage"));
  await core.services.db
    .updateTable("users")
    .set({ password_hash: await hashPassword(testPassword) })
    .execute();
}, 60_000);
afterAll(async () => {
  await core?.close();
  await server?.stop();
});

describe("a team server that is wrong or goes away", () => {
  it("says what is wrong with a bad URL, a refused password, a missing database and a closed port", async () => {
    await expect(start("mysql://host/db")).rejects.toThrow(DatabaseUrlError);
    await expect(start("mysql://host/db")).rejects.toThrow(
      "must start with postgres:// (it starts with mysql://)",
    );
    await expect(start("postgres://host:5432")).rejects.toThrow(
      /names no database/,
    );
    await expect(
      start(databaseUrl(server.adminUrl, "no_such_database")),
    ).rejects.toThrow(/does not exist on the server/);
    const wrongPassword = new URL(databaseUrl(server.adminUrl, "cutr_outage"));
    wrongPassword.password = "not the password";
    await expect(start(wrongPassword.toString())).rejects.toThrow(
      /refused the user name or password/,
    );
    await expect(start(wrongPassword.toString())).rejects.not.toThrow(
      /not the password/,
    );
    const closed = new URL(server.adminUrl);
    closed.port = "1";
    await expect(start(closed.toString())).rejects.toThrow(
      DatabaseUnreachableError,
    );
    await expect(start(closed.toString())).rejects.toThrow(
      /refused the connection/,
    );
  });

  it("refuses a database that a newer console has migrated, and changes nothing there", async () => {
    await createDatabase(server.adminUrl, "cutr_newer");
    const url = databaseUrl(server.adminUrl, "cutr_newer");
    const first = await startCore({
      databaseFile: ":memory:",
      databaseUrl: url,
      clock: fixedClock(testNow),
      demo: false,
      log: quiet,
    });
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0099_from_the_future', '2030-01-01')`.execute(
      first.services.db,
    );
    await first.close();
    await expect(start(url)).rejects.toBeInstanceOf(DatabaseTooNewError);
  });

  it("answers a clear message while the server is down, keeps nothing half-written, and works again when it is back", async () => {
    const session = await signIn(core, "dispatcher@cutr.example");
    const before = await core.services.db
      .selectFrom("milestones")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    await server.pause();
    const during = await core.call("orders.list", { limit: 5 }, session);
    expect(during).toMatchObject({
      ok: false,
      error: {
        code: "INTERNAL",
        message: expect.stringMatching(/team's database server/),
      },
    });
    await server.resume();
    // The pool drops the dead connections and opens new ones: no restart of the console.
    let after = await core.call("orders.list", { limit: 5 }, session);
    for (let i = 0; i < 5 && !after.ok; i++)
      after = await core.call("orders.list", { limit: 5 }, session);
    expect(after).toEqual({ ok: true, value: expect.anything() });
    const now = await core.services.db
      .selectFrom("milestones")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(now.n).toBe(before.n);
    expect(valueOf(await core.call("auth.me", {}, session))).toMatchObject({
      email: "dispatcher@cutr.example",
    });
  }, 60_000);
});
