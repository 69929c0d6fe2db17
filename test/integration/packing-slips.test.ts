import { slipPagesText } from "../fixtures/pdf-text";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { PackingSlipInfo } from "../../shared/contract";
import { makeOpenOrder } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let staff: string;
const db = () => core.services.db;

beforeEach(async () => {
  ({ core } = await testCore());
  staff = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

async function orderWith(
  boxes: number,
  items: number,
  overrides: Record<string, unknown> = {},
) {
  const orderId = await makeOpenOrder(db());
  await db()
    .updateTable("orders")
    .set({
      box_count: boxes,
      delivery_street: "ul. Piotrkowska 12 / IJsselmeerdijk",
      delivery_city: "Łódź",
      delivery_postcode: "90-001",
      customer_name: "Ørsted & Müller",
      ...overrides,
    })
    .where("id", "=", orderId)
    .execute();
  await db()
    .deleteFrom("order_items")
    .where("order_id", "=", orderId)
    .execute();
  for (let position = 1; position <= items; position++) {
    await db()
      .insertInto("order_items")
      .values({
        order_id: orderId,
        position,
        part:
          position === 1
            ? "Very long part name ".repeat(8).trim()
            : `Panel ${position}`,
        material: "Birch plywood 18 mm",
        length_mm: 1200,
        width_mm: 600,
        thickness_mm: 18,
        quantity: position,
      })
      .execute();
  }
  return orderId;
}

describe("packing slips", () => {
  it("has the packing list and one label per box, with every character and each box's code", async () => {
    const orderId = await orderWith(3, 2);
    const slip = valueOf<PackingSlipInfo>(
      await core.call("packingSlips.generate", { orderId }, staff),
    );
    expect(slip).toMatchObject({ pageCount: 4, current: true });
    const pages = await slipPagesText(core, slip.fileId, staff);
    expect(pages).toHaveLength(4);
    const number = (
      await db()
        .selectFrom("orders")
        .select("number")
        .where("id", "=", orderId)
        .executeTakeFirstOrThrow()
    ).number;
    expect(pages[0]).toContain("Packing list");
    expect(pages[0]).toContain(number);
    expect(pages[0]).toContain("Ørsted & Müller");
    expect(pages[0]).toContain("Łódź");
    expect(pages[0]).toContain("IJsselmeerdijk");
    expect(pages[0]).toContain("Signature");
    for (const k of [1, 2, 3]) {
      expect(pages[k]).toContain(`Box ${k} of 3`);
      expect(pages[k]).toContain(`${number}-${k}`);
      expect(pages[k]).toContain("Łódź");
    }
  });

  it("keeps labels right with 40 pallets and 60 items, the list continuing on a second page", async () => {
    const orderId = await orderWith(40, 60, { packaging: "pallet" });
    const slip = valueOf<PackingSlipInfo>(
      await core.call("packingSlips.generate", { orderId }, staff),
    );
    const pages = await slipPagesText(core, slip.fileId, staff);
    const labels = pages.filter((p) => /Pallet \d+ of 40/.test(p));
    expect(labels).toHaveLength(40);
    expect(labels[39]).toContain("Pallet 40 of 40");
    expect(pages.length).toBe(slip.pageCount);
    expect(pages.join(" ")).toContain("Panel 60");
  });

  it("makes a new version only when the order changed, and is out of date after a change", async () => {
    const orderId = await orderWith(1, 1);
    const first = valueOf<PackingSlipInfo>(
      await core.call("packingSlips.generate", { orderId }, staff),
    );
    const again = valueOf<PackingSlipInfo>(
      await core.call("packingSlips.generate", { orderId }, staff),
    );
    expect(again.fileId).toBe(first.fileId);
    await db()
      .updateTable("orders")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "=", orderId)
      .execute();
    expect(
      valueOf<PackingSlipInfo>(
        await core.call("packingSlips.latest", { orderId }, staff),
      )?.current,
    ).toBe(false);
    const next = valueOf<PackingSlipInfo>(
      await core.call("packingSlips.generate", { orderId }, staff),
    );
    expect(next.fileId).not.toBe(first.fileId);
  });

  it("names what is missing: boxes, address, items", async () => {
    const orderId = await orderWith(0, 0, { delivery_street: " " });
    const result = await core.call("packingSlips.generate", { orderId }, staff);
    expect(result).toMatchObject({ ok: false, error: { code: "RULE" } });
    if (!result.ok) {
      expect(result.error.message).toContain("a number of boxes or pallets");
      expect(result.error.message).toContain("delivery address");
      expect(result.error.message).toContain("items");
    }
  });
});
