// Customers and orders entered in the console: created, edited while they may be, an order
// cancelled when the customer withdraws it. On SQLite and PostgreSQL alike.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  CustomerDetail,
  HistoryEntry,
  OrderDetail,
  OrderSaved,
  Page,
  PartnerDetail,
  Saved,
} from "../../shared/contract";
import type { Core } from "../../electron/core/start-core";
import { sql } from "kysely";
import { signIn, testCore, testDatabase, valueOf } from "../fixtures/core";
import { newCustomer, newOrder, newPartner } from "../fixtures/new-records";

let core: Core;
let accounts: string;
let dispatcher: string;

beforeEach(async () => {
  ({ core } = await testCore());
  accounts = await signIn(core, "accounts@cutr.example");
  dispatcher = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

const customer = async (id: number) =>
  valueOf<CustomerDetail>(await core.call("customers.get", { id }, accounts));
const order = async (id: number) =>
  valueOf<OrderDetail>(await core.call("orders.get", { id }, accounts));

describe("customers", () => {
  it("are created with their contacts and delivery addresses, and found by any part of the name", async () => {
    const { id } = valueOf<Saved>(
      await core.call("customers.create", newCustomer(), accounts),
    );
    expect(await customer(id)).toMatchObject({
      name: "Hotel Müller am Zuidas",
      keyAccount: false,
      directMessagingDefault: true,
      orderCount: 0,
      contacts: [{ name: "Jan de Boer", role: "Facility manager" }],
      addresses: [{ label: "Hotel", region: "NL-NH" }],
      version: 1,
    });
    const found = valueOf<Page<{ id: number }>>(
      await core.call(
        "customers.list",
        { filter: { search: "ller am zui" } },
        dispatcher,
      ),
    );
    expect(found.rows.map((c) => c.id)).toEqual([id]);
  });

  it("need a reason to become a key account or stop being one, and audit it", async () => {
    const { id } = valueOf<Saved>(
      await core.call("customers.create", newCustomer(), accounts),
    );
    const fields = newCustomer({ keyAccount: true });
    expect(
      await core.call(
        "customers.update",
        { ...fields, id, version: 1 },
        accounts,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("key account") },
    });
    valueOf(
      await core.call(
        "customers.update",
        {
          ...fields,
          id,
          version: 1,
          keyAccountReason: "Framework contract signed for 2027",
        },
        accounts,
      ),
    );
    expect((await customer(id)).keyAccount).toBe(true);
    const [latest] = valueOf<Page<HistoryEntry>>(
      await core.call("customers.history", { customerId: id }, accounts),
    ).rows;
    expect(latest).toMatchObject({
      action: "customer.keyAccount",
      reason: "Framework contract signed for 2027",
      before: { keyAccount: false },
      after: { keyAccount: true },
    });
  });

  it("are edited by account managers and admins only, with CONFLICT for a stale version", async () => {
    const { id } = valueOf<Saved>(
      await core.call("customers.create", newCustomer(), accounts),
    );
    expect(
      await core.call("customers.create", newCustomer(), dispatcher),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    valueOf(
      await core.call(
        "customers.update",
        { ...newCustomer({ phone: "+31 20 000 0000" }), id, version: 1 },
        accounts,
      ),
    );
    expect(
      await core.call(
        "customers.update",
        { ...newCustomer({ phone: "+31 20 111 1111" }), id, version: 1 },
        accounts,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: expect.stringContaining("Ruben IJzerman"),
      },
    });
  });
});

describe("orders entered in the console", () => {
  it("are numbered after the year's last number, open, with the customer's terms, and wait in dispatch", async () => {
    const { id: customerId } = valueOf<Saved>(
      await core.call(
        "customers.create",
        newCustomer({ keyAccount: true, keyAccountReason: "Big hotel chain" }),
        accounts,
      ),
    );
    const highest = await core.services.db
      .selectFrom("orders")
      .select("number")
      .where("number", "like", "C-2026-%")
      .orderBy("number", "desc")
      .executeTakeFirstOrThrow();
    const first = valueOf<OrderSaved>(
      await core.call("orders.create", newOrder(customerId), dispatcher),
    );
    const second = valueOf<OrderSaved>(
      await core.call("orders.create", newOrder(customerId), dispatcher),
    );
    const next = Number(highest.number.slice(7)) + 1;
    expect(first.number).toBe(`C-2026-${String(next).padStart(5, "0")}`);
    expect(second.number).toBe(`C-2026-${String(next + 1).padStart(5, "0")}`);
    expect(await order(first.id)).toMatchObject({
      status: "open",
      keyAccount: true,
      directMessaging: true,
      customerName: "Hotel Müller am Zuidas",
      items: [{ part: "Counter top", lengthMm: 2400, quantity: 1 }],
      agreedPriceCents: 330_000,
    });
    const queue = valueOf<Page<{ id: number }>>(
      await core.call(
        "dispatch.queue",
        { limit: 500, filter: { search: first.number } },
        dispatcher,
      ),
    );
    expect(queue.rows.map((r) => r.id)).toContain(first.id);
  });

  // A team's server made with a language's collation (en_US.UTF-8, nl_NL.UTF-8) orders text
  // skipping punctuation first: "C-2026-00001" sorts after "C-2026.", so a range of numbers finds none.
  it.runIf(testDatabase === "postgres")(
    "are numbered after the year's last number on a server whose collation skips punctuation",
    async () => {
      const db = core.services.db;
      // (The search columns are made from the number; this test has no use for them.)
      await sql`ALTER TABLE orders DROP COLUMN search_document`.execute(db);
      await sql`ALTER TABLE orders DROP COLUMN infix_text`.execute(db);
      // ICU's "shifted" alternate handling orders as glibc's en_US.UTF-8 does (this machine has no glibc locales).
      await sql`CREATE COLLATION skips_punctuation (provider = icu, locale = 'en-US-u-ka-shifted')`.execute(
        db,
      );
      await sql`ALTER TABLE orders ALTER COLUMN number TYPE text COLLATE skips_punctuation`.execute(
        db,
      );
      const { id: customerId } = valueOf<Saved>(
        await core.call("customers.create", newCustomer(), accounts),
      );
      const numbers = await db.selectFrom("orders").select("number").execute();
      const highest = Math.max(
        ...numbers
          .filter((o) => o.number.startsWith("C-2026-"))
          .map((o) => Number(o.number.slice(7))),
      );
      const created = valueOf<OrderSaved>(
        await core.call("orders.create", newOrder(customerId), dispatcher),
      );
      expect(created.number).toBe(
        `C-2026-${String(highest + 1).padStart(5, "0")}`,
      );
    },
  );

  it("refuse a requested date that has passed, an unknown customer and an empty item list", async () => {
    const { id: customerId } = valueOf<Saved>(
      await core.call("customers.create", newCustomer(), accounts),
    );
    expect(
      await core.call(
        "orders.create",
        newOrder(customerId, { requestedDeliveryDate: "2026-11-21" }),
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    expect(
      await core.call("orders.create", newOrder(999_999), dispatcher),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(
      await core.call(
        "orders.create",
        newOrder(customerId, { items: [] }),
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringContaining("item") },
    });
  });

  it("are edited while open, and not once assigned", async () => {
    const { id: customerId } = valueOf<Saved>(
      await core.call("customers.create", newCustomer(), accounts),
    );
    const created = valueOf<OrderSaved>(
      await core.call("orders.create", newOrder(customerId), dispatcher),
    );
    const { customerId: _c, ...fields } = newOrder(customerId, {
      title: "Plywood reception counter, longer",
      boxCount: 3,
    });
    const edited = valueOf<OrderSaved>(
      await core.call(
        "orders.update",
        { ...fields, id: created.id, version: 1 },
        dispatcher,
      ),
    );
    expect(edited.version).toBe(2);
    expect(await order(created.id)).toMatchObject({
      title: "Plywood reception counter, longer",
      boxCount: 3,
    });
    const { id: partnerId } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: created.id, partnerId, orderVersion: 2 },
        dispatcher,
      ),
    );
    expect(
      await core.call(
        "orders.update",
        { ...fields, id: created.id, version: 3 },
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("only an open order"),
      },
    });
  });
});

describe("cancelling an order the customer withdrew", () => {
  it("ends an assignment without counting it, frees the partner's place and tells the partner", async () => {
    const { id: customerId } = valueOf<Saved>(
      await core.call("customers.create", newCustomer(), accounts),
    );
    const { id: partnerId } = valueOf<Saved>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const created = valueOf<OrderSaved>(
      await core.call("orders.create", newOrder(customerId), dispatcher),
    );
    valueOf(
      await core.call(
        "dispatch.assign",
        { orderId: created.id, partnerId, orderVersion: 1 },
        dispatcher,
      ),
    );
    const cancelled = await core.call(
      "orders.cancel",
      {
        orderId: created.id,
        orderVersion: 2,
        reason: "The hotel chose another design",
      },
      dispatcher,
    );
    expect(cancelled).toMatchObject({
      ok: true,
      value: { status: "cancelled" },
    });
    expect(await order(created.id)).toMatchObject({
      status: "cancelled",
      cancelReason: "The hotel chose another design",
    });
    const assignment = await core.services.db
      .selectFrom("assignments")
      .select(["counts_toward_rating", "cancel_reason"])
      .where("order_id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(assignment.counts_toward_rating).toBe(0);
    const partner = valueOf<PartnerDetail>(
      await core.call("partners.get", { id: partnerId }, accounts),
    );
    expect(partner).toMatchObject({
      activeOrders: 0,
      rating: null,
      tier: "new",
    });
    const scores = await core.services.db
      .selectFrom("partner_scores")
      .select("id")
      .where("partner_id", "=", partnerId)
      .execute();
    expect(scores).toEqual([]);
    const email = await core.services.db
      .selectFrom("outbox")
      .select(["recipient", "subject"])
      .where("kind", "=", "order_cancelled")
      .executeTakeFirstOrThrow();
    expect(email).toEqual({
      recipient: "werkplaats@glasatelier.example",
      subject: `Order ${created.number} is door de klant geannuleerd`,
    });
  });

  it("is refused once the order is ready or later, and for a stale version", async () => {
    const ready = await core.services.db
      .selectFrom("orders")
      .select(["id", "version"])
      .where("status", "=", "ready")
      .executeTakeFirstOrThrow();
    expect(
      await core.call(
        "orders.cancel",
        { orderId: ready.id, orderVersion: ready.version, reason: "Withdrawn" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    const open = await core.services.db
      .selectFrom("orders")
      .select(["id", "version"])
      .where("status", "=", "open")
      .executeTakeFirstOrThrow();
    expect(
      await core.call(
        "orders.cancel",
        {
          orderId: open.id,
          orderVersion: open.version + 5,
          reason: "Withdrawn",
        },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});
