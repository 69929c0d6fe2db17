// inIds: a list of ids bound as one value, on either engine, however long the list.
import { afterEach, beforeEach, expect, it } from "vitest";
import { inIds } from "../../electron/core/db/dialect";
import type { Core } from "../../electron/core/start-core";
import { testCore } from "../fixtures/core";

let core: Core;
beforeEach(async () => {
  ({ core } = await testCore());
});
afterEach(() => core.close());

const ordersAmong = async (ids: number[]) =>
  (
    await core.services.db
      .selectFrom("orders")
      .select("id")
      .where(inIds(core.services.db, "id", ids))
      .orderBy("id")
      .execute()
  ).map((r) => r.id);

it("finds the rows whose id is in the list, and none for an empty list", async () => {
  const all = await ordersAmong(Array.from({ length: 1_000 }, (_, i) => i + 1));
  expect(all.length).toBeGreaterThan(10);
  expect(await ordersAmong([all[2]!, all[0]!, 999_999])).toEqual([
    all[0],
    all[2],
  ]);
  expect(await ordersAmong([])).toEqual([]);
});

it("takes more ids than SQLite takes bound parameters", async () => {
  const many = Array.from({ length: 40_000 }, (_, i) => i + 1);
  const found = await ordersAmong(many);
  expect(found[0]).toBe(1);
  expect(found.length).toBeGreaterThan(10);
});
