import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrderDetail, OrderRow, Page } from "../../shared/contract";
import type { Core } from "../../electron/core/start-core";
import { signIn, smallDemo, testCore, valueOf } from "../fixtures/core";

let core: Core;
let session: string;
const list = async (input: unknown) =>
  valueOf<Page<OrderRow>>(await core.call("orders.list", input, session));

beforeAll(async () => {
  ({ core } = await testCore());
  session = await signIn(core);
});
afterAll(() => core.close());

describe("orders.list", () => {
  it("pages through every order once, newest first by default", async () => {
    const first = await list({ limit: 250 });
    const second = await list({ offset: 250, limit: 250 });
    expect(first.total).toBe(smallDemo.orders);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(smallDemo.orders);
    const created = first.rows.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it.each([
    ["number", (r: OrderRow) => r.number],
    ["requestedDeliveryDate", (r: OrderRow) => r.requestedDeliveryDate],
    ["value", (r: OrderRow) => r.valueCents],
    ["customer", (r: OrderRow) => r.customerName],
  ] as const)("sorts by %s both ways", async (column, key) => {
    for (const direction of ["asc", "desc"] as const) {
      const { rows } = await list({ limit: 100, sort: { column, direction } });
      const values: (string | number)[] = rows.map((r) => key(r));
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values).toEqual(direction === "asc" ? sorted : sorted.reverse());
    }
  });

  it("sorts the orders without a partner first ascending and last descending", async () => {
    for (const direction of ["asc", "desc"] as const) {
      const { rows, total } = await list({
        limit: 500,
        sort: { column: "partner", direction },
      });
      expect(rows).toHaveLength(total);
      const unassigned = rows.filter((r) => r.partnerName === null);
      expect(unassigned.length).toBeGreaterThan(0);
      const names = rows.map((r) => r.partnerName ?? "");
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(names).toEqual(direction === "asc" ? sorted : sorted.reverse());
    }
  });

  it("filters by status, key account and region, with a matching total", async () => {
    const open = await list({
      limit: 500,
      filter: { status: ["open", "assigned"] },
    });
    expect(
      open.rows.every((r) => r.status === "open" || r.status === "assigned"),
    ).toBe(true);
    expect(open.total).toBe(open.rows.length);
    const keyAccounts = await list({
      limit: 500,
      filter: { keyAccount: true },
    });
    expect(keyAccounts.total).toBeGreaterThan(0);
    expect(keyAccounts.rows.every((r) => r.keyAccount)).toBe(true);
    const region = await list({ limit: 500, filter: { region: "NL-NH" } });
    expect(region.rows.every((r) => r.region === "NL-NH")).toBe(true);
  });

  it("finds an order by its number, its customer and a word of its address", async () => {
    const { rows } = await list({
      limit: 1,
      sort: { column: "number", direction: "asc" },
    });
    const target = valueOf<OrderDetail>(
      await core.call("orders.get", { id: rows[0]!.id }, session),
    );
    const byNumber = await list({
      filter: { search: target.number.slice(-5) },
    });
    expect(byNumber.rows.map((r) => r.id)).toContain(target.id);
    const byCustomer = await list({
      limit: 500,
      filter: { search: target.customer.name },
    });
    expect(byCustomer.rows.map((r) => r.id)).toContain(target.id);
    const byCity = await list({
      limit: 500,
      filter: { search: target.deliveryAddress.city.toLowerCase() },
    });
    expect(byCity.rows.map((r) => r.id)).toContain(target.id);
  });

  it("treats search text literally, whatever it contains", async () => {
    for (const search of [
      '"',
      "OR",
      "*",
      'a"b OR c*',
      "'; DROP TABLE orders; --",
      "%",
      "_",
    ]) {
      const result = await core.call(
        "orders.list",
        { filter: { search } },
        session,
      );
      expect(result.ok).toBe(true);
    }
    expect((await list({})).total).toBe(smallDemo.orders);
  });

  it("refuses a limit over 500 and a negative offset", async () => {
    for (const input of [
      { limit: 501 },
      { offset: -1 },
      { sort: { column: "secret", direction: "asc" } },
    ]) {
      const result = await core.call("orders.list", input, session);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("BAD_INPUT");
    }
  });
});

describe("orders.get", () => {
  it("returns the order with the parts each tab shows", async () => {
    const { rows } = await list({ limit: 1, filter: { status: ["approved"] } });
    const order = valueOf<OrderDetail>(
      await core.call("orders.get", { id: rows[0]!.id }, session),
    );
    expect(order.status).toBe("approved");
    expect(order.partner).not.toBeNull();
    expect(order.items.length).toBeGreaterThan(0);
    expect(order.todos).toHaveLength(4);
    expect(order.folders).toHaveLength(5);
    expect(order.history.map((h) => h.action)).toContain("order.assigned");
  });

  it("answers NOT_FOUND for an order that does not exist", async () => {
    const result = await core.call("orders.get", { id: 999_999 }, session);
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
