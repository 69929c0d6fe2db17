// Team mode: offers and an assignment of the same order from two consoles at once. Whichever comes
// second waits for the first's row lock on the order and then sees what it did: offers are refused
// on an assigned order, and an assignment answers the offers sent meanwhile.
import pg from "pg";
import { expect, it } from "vitest";
import type { CandidatesResult } from "../../../shared/contract";
import { signIn, valueOf } from "../../fixtures/core";
import { teamDatabasePerTest } from "../../fixtures/team-database";
import { makeOpenOrder, makePartner } from "../../fixtures/builders";
import { waitsOn } from "../../fixtures/pg-locks";

const team = teamDatabasePerTest();

async function partnerAndOrder() {
  const db = team.core.services.db;
  const fit = {
    capabilities: ["cnc_cutting", "plywood"] as ("cnc_cutting" | "plywood")[],
    regions: ["NL-FR" as const],
  };
  const partnerId = await makePartner(
    db,
    { tier: "compliant", rating: 4.2, capacity: 10 },
    fit,
  );
  const otherPartnerId = await makePartner(
    db,
    { tier: "compliant", rating: 4.0, capacity: 10 },
    fit,
  );
  const orderId = await makeOpenOrder(db, { region: "NL-FR" });
  return { partnerId, otherPartnerId, orderId };
}

const offersOf = (orderId: number) =>
  team.core.services.db
    .selectFrom("offers")
    .select(["partner_id", "status"])
    .where("order_id", "=", orderId)
    .execute();

it("waits for an assignment in progress on another console, then refuses the offer", async () => {
  const { core, url } = team;
  const { partnerId, orderId } = await partnerAndOrder();
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
    const waited = await waitsOn(other);
    await other.query("COMMIT");
    const answer = await sending;
    expect(waited).toBe(true);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe("RULE");
  } finally {
    await other.end();
  }
  expect(await offersOf(orderId)).toEqual([]);
});

it("assigns after offers another console is sending, and withdraws them", async () => {
  const { core, url } = team;
  const { partnerId, otherPartnerId, orderId } = await partnerAndOrder();
  const session = await signIn(core, "dispatcher@cutr.example");
  const { order } = valueOf<CandidatesResult>(
    await core.call("dispatch.candidates", { orderId }, session),
  );

  // The other console sends an offer as dispatch.offer does: the order's row lock first.
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query("SELECT id FROM orders WHERE id = $1 FOR NO KEY UPDATE", [
      orderId,
    ]);
    await other.query(
      "INSERT INTO offers (order_id, partner_id, status, sent_at, sent_by) VALUES ($1, $2, 'open', '2026-11-22T08:59:00.000Z', 1)",
      [orderId, otherPartnerId],
    );
    const assigning = core.call(
      "dispatch.assign",
      { orderId, partnerId, orderVersion: order.version },
      session,
    );
    const waited = await waitsOn(other);
    await other.query("COMMIT");
    valueOf(await assigning);
    expect(waited).toBe(true);
  } finally {
    await other.end();
  }
  expect(await offersOf(orderId)).toEqual([
    { partner_id: otherPartnerId, status: "withdrawn" },
  ]);
});
