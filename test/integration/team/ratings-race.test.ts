// Team mode: two account managers rate the same order at once. The second waits for the first's
// uncommitted rating (the unique order_id), then is told CONFLICT, as on SQLite, not INTERNAL.
import pg from "pg";
import { expect, it } from "vitest";
import { makeOrder, makePartner } from "../../fixtures/builders";
import { signIn } from "../../fixtures/core";
import { waitsOn } from "../../fixtures/pg-locks";
import { teamDatabasePerTest } from "../../fixtures/team-database";

const team = teamDatabasePerTest();

it("tells the second of two ratings of one order CONFLICT", async () => {
  const { core, url } = team;
  const db = core.services.db;
  const partnerId = await makePartner(db);
  const orderId = await makeOrder(db, { partnerId });
  const session = await signIn(core, "accounts@cutr.example");

  // The other console has saved its rating of the order and not committed yet.
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query(
      `INSERT INTO ratings (order_id, partner_id, quality, communication, involvement,
         delivery_time, budget, score, rated_at, rated_by)
       VALUES ($1, $2, 4, 4, 4, 4, 4, 4, now()::text, 1)`,
      [orderId, partnerId],
    );
    const rating = core.call(
      "ratings.record",
      {
        orderId,
        factors: {
          quality: 5,
          communication: 5,
          involvement: 5,
          deliveryTime: 5,
          budget: 5,
        },
      },
      session,
    );
    const waited = await waitsOn(other);
    await other.query("COMMIT");
    expect(waited).toBe(true);
    expect(await rating).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: `Order ${orderId} was rated by someone else just now: revise the rating instead.`,
      },
    });
  } finally {
    await other.end();
  }
});
