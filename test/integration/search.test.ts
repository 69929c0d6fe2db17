import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { SearchResults } from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { textBody } from "../fixtures/message-body";

let core: Core;
let session: string;
const search = async (text: string, limit?: number) =>
  valueOf<SearchResults>(
    await core.call("search.global", { text, limit }, session),
  );
/** The order placed `offset` orders before the newest. */
const newestButOne = (offset: number) =>
  core.services.db
    .selectFrom("orders")
    .select(["id", "number", "customer_name", "title"])
    .orderBy("created_at", "desc")
    .limit(1)
    .offset(offset)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  ({ core } = await testCore());
  session = await signIn(core, "dispatcher@cutr.example");
});
afterAll(() => core.close());

describe("search.global", () => {
  it("finds orders by a piece of their number, customer, partner or address", async () => {
    const order = await core.services.db
      .selectFrom("orders")
      .select([
        "id",
        "number",
        "customer_name",
        "delivery_city",
        "partner_name",
      ])
      .where("partner_name", "is not", null)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(
      (await search(order.number.slice(-5))).orders.map((o) => o.id),
    ).toContain(order.id);
    // Without the sequence's leading zeros, as people say a number: "2230" for C-2026-02230.
    const sequence = String(Number(order.number.slice(-5)));
    expect(sequence.length).toBeLessThan(5);
    expect((await search(sequence)).orders.map((o) => o.id)).toContain(
      order.id,
    );
    const byCustomer = await search(
      order.customer_name.split(" ")[0]?.slice(0, 4) ?? "",
    );
    expect(byCustomer.orders.length).toBeGreaterThan(0);
    const byPartner = await search(order.partner_name ?? "");
    expect(byPartner.partners.map((p) => p.name)).toContain(order.partner_name);
    expect((await search(order.delivery_city)).orders.length).toBeGreaterThan(
      0,
    );
  });

  it("matches without accents and finds customers by name", async () => {
    const customer = await core.services.db
      .selectFrom("customers")
      .select(["id", "name"])
      .orderBy("id")
      .executeTakeFirstOrThrow();
    expect(
      (await search(customer.name.slice(0, 5))).customers.map((c) => c.id),
    ).toContain(customer.id);
    await core.services.db
      .updateTable("customers")
      .set({ name: "Müller Ørsted Interieur" })
      .where("id", "=", customer.id)
      .execute();
    const results = await search("muller inter");
    expect(
      results.orders.every((o) => o.customerName === "Müller Ørsted Interieur"),
    ).toBe(true);
    expect(results.orders.length).toBeGreaterThan(0);
  });

  it("finds an order by any part of its number, the orders whose number holds it first", async () => {
    const order = await newestButOne(20);
    // "26-0223" from the middle of C-2026-02230: not a word start, not a whole word.
    const middle = order.number.slice(-8, -1);
    // A newer order with the digits in its address comes after the orders whose number holds them.
    const newest = await core.services.db
      .selectFrom("orders")
      .select(["id", "number"])
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(newest.number).not.toContain(middle);
    await core.services.db
      .updateTable("orders")
      .set({ delivery_street: `Dorpsstraat ${middle}` })
      .where("id", "=", newest.id)
      .execute();
    const found = await search(middle, 20);
    expect(found.orders[0]?.number).toContain(middle);
    expect(found.orders.map((o) => o.id)).toContain(order.id);
    expect(found.nearMatches).toBe(false);
    expect(found.orders.map((o) => o.id)).toContain(newest.id);
    // Any part of the customer's name, from inside a word: this order is among the newest.
    const recent = await newestButOne(2);
    const inside = recent.customer_name.replace(/\s/g, "").slice(1, 5);
    const byName = await search(inside, 20);
    expect(byName.orders.map((o) => o.id)).toContain(recent.id);
    // And by a piece of what was ordered.
    const byTitle = await search(recent.title.slice(1, 9), 20);
    expect(byTitle.orders.map((o) => o.id)).toContain(recent.id);
  });

  it("forgives one typo when nothing matches as typed, and says so", async () => {
    const customer = await core.services.db
      .selectFrom("customers")
      .select(["id"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await core.services.db
      .updateTable("customers")
      .set({ name: "Vandenbroucke Meubelen" })
      .where("id", "=", customer.id)
      .execute();
    const exact = await search("Vandenbroucke");
    expect(exact.nearMatches).toBe(false);
    expect(exact.customers.map((c) => c.id)).toContain(customer.id);
    for (const typo of [
      "Vandenbrouke", // a letter missing
      "Vandenbrucke", // another missing
      "Vandenbroukce", // two swapped
      "Vandenbroucle", // one wrong
      "Vandennbroucke", // one extra
    ]) {
      const near = await search(typo);
      expect(near.nearMatches, typo).toBe(true);
      expect(
        near.customers.map((c) => c.id),
        typo,
      ).toContain(customer.id);
    }
    // Two typos are too far; nothing is said to be near then.
    const far = await search("Vamdenbrouke");
    expect(far.customers.map((c) => c.id)).not.toContain(customer.id);
    const none = await search("qqxqzzvq");
    expect(none).toMatchObject({ orders: [], nearMatches: false });
  });

  it("finds message text, with the words around it", async () => {
    const { orderId } = await assignedOrder(core, session);
    valueOf(
      await core.call(
        "messages.send",
        {
          orderId,
          thread: "cutr",
          body: textBody("Two doors show lacquer runs near the hinges."),
        },
        session,
      ),
    );
    const results = await search("lacq hinge");
    expect(results.messages[0]).toMatchObject({
      orderId,
      thread: "cutr",
      authorName: "Daan Janssen",
      snippet: expect.stringContaining("lacquer runs"),
    });
  });

  it("takes any typed text as words, never as query syntax", async () => {
    for (const text of ['"', "*", "a OR b", "NEAR(", "%", "_", "') --", "\\"])
      expect(
        (await core.call("search.global", { text }, session)).ok,
        text,
      ).toBe(true);
  });
});
