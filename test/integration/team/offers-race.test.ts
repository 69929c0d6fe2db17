// Team mode: offers sent while another console assigns the same order. Sending takes the order's
// row lock before it reads the order, so it waits for the assignment and then refuses, instead of
// leaving an open offer on an assigned order.
import pg from "pg";
import { expect, it } from "vitest";
import { signIn } from "../../fixtures/core";
import { teamDatabasePerTest } from "../../fixtures/team-database";
import { makeOpenOrder, makePartner } from "../../fixtures/builders";

const team = teamDatabasePerTest();

it("waits for an assignment in progress on another console, then refuses the offer", async () => {
  const { core, url } = team;
  const db = core.services.db;
  const partnerId = await makePartner(
    db,
    { tier: "compliant", rating: 4.2, capacity: 10 },
    { capabilities: ["cnc_cutting", "plywood"], regions: ["NL-FR"] },
  );
  const orderId = await makeOpenOrder(db, { region: "NL-FR" });
  const session = await signIn(core, "dispatcher@cutr.example");

  // The other console: its assignment has locked the order's row and not committed yet.
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query(
      "UPDATE orders SET status = 'assigned', partner_id = $2, version = version + 1 WHERE id = $1",
      [orderId, partnerId],
    );
    const sending = core.call(
      "dispatch.offer",
      { orderId, partnerIds: [partnerId] },
      session,
    );
    // Until the offer waits on the order's lock (it answers at once if it does not).
    let waiting = false;
    const deadline = Date.now() + 10_000;
    while (!waiting && Date.now() < deadline) {
      // pg_locks, not pg_stat_activity: that is read once per transaction.
      const { rows } = await other.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND pg_backend_pid() = ANY(pg_blocking_pids(pid))",
      );
      waiting = Number(rows[0]?.n) > 0;
      if (!waiting) await new Promise((resolve) => setImmediate(resolve));
    }
    await other.query("COMMIT");
    const answer = await sending;
    expect(waiting).toBe(true);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe("RULE");
  } finally {
    await other.end();
  }
  const offers = await db
    .selectFrom("offers")
    .select("status")
    .where("order_id", "=", orderId)
    .execute();
  expect(offers).toEqual([]);
});
