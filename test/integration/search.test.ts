import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { SearchResults } from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { textBody } from "../fixtures/message-body";

let core: Core;
let session: string;
const search = async (text: string) =>
  valueOf<SearchResults>(await core.call("search.global", { text }, session));

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
