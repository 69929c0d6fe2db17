// Team mode: statements are prepared once per connection and then run by name; a statement whose
// plan depends on the searched words is not; and CUTR_DATABASE_PREPARED=0 turns it all off.
import { sql, type Kysely } from "kysely";
import { expect, it } from "vitest";
import { openPostgres } from "../../../electron/core/db/connect-postgres";
import { escapeLike, textLike } from "../../../electron/core/db/dialect";
import type { Database } from "../../../electron/core/db/schema";
import { teamDatabasePerTest } from "../../fixtures/team-database";

const team = teamDatabasePerTest();

const orderNumber = (db: Kysely<Database>, id: number) =>
  db.selectFrom("orders").select("number").where("id", "=", id);

/** What the connection has prepared, by statement text, with how often each was run. */
async function preparedOn(db: Kysely<Database>) {
  const { rows } = await sql<{
    statement: string;
    runs: number;
  }>`SELECT statement, generic_plans + custom_plans AS runs FROM pg_prepared_statements`.execute(
    db,
  );
  return new Map(rows.map((r) => [r.statement, Number(r.runs)]));
}

it("prepares a statement once per connection and runs it by name after that", async () => {
  const { core } = team;
  await core.services.db.connection().execute(async (connection) => {
    const query = orderNumber(connection, 1);
    expect((await query.execute()).length).toBe(1);
    await orderNumber(connection, 2).execute();
    const prepared = await preparedOn(connection);
    expect(prepared.get(query.compile().sql)).toBe(2);
  });
});

it("keeps answering a query of every column after another console added a column", async () => {
  const { core } = team;
  const firstOrder = (connection: Kysely<Database>) =>
    connection.selectFrom("orders").selectAll().where("id", "=", 1).execute();
  await core.services.db.connection().execute(async (connection) => {
    await firstOrder(connection);
    await firstOrder(connection);
    // A newer console's migration, from another connection.
    await sql`ALTER TABLE orders ADD COLUMN note text`.execute(
      core.services.db,
    );
    const after = await firstOrder(connection);
    expect(after).toHaveLength(1);
    expect(after[0]).toHaveProperty("note", null);
  });
});

it("plans a text search anew each time", async () => {
  const { core } = team;
  await core.services.db.connection().execute(async (connection) => {
    const search = connection
      .selectFrom("orders")
      .select("id")
      .where(
        textLike(connection, "orders.customer_name", `%${escapeLike("a")}%`),
      );
    await search.execute();
    expect((await preparedOn(connection)).has(search.compile().sql)).toBe(
      false,
    );
  });
});

it("prepares nothing when told not to", async () => {
  const { url } = team;
  const handle = openPostgres(url, { preparedStatements: false });
  try {
    await handle.db.connection().execute(async (connection) => {
      await orderNumber(connection, 1).execute();
      expect((await preparedOn(connection)).size).toBe(0);
    });
  } finally {
    await handle.close();
  }
});
