import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { HomeSummary, OrderRow, Page } from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { countOf } from "../fixtures/database-probes";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { base64, png } from "../fixtures/images";

let core: Core;
let session: string;
const summary = async () =>
  valueOf<HomeSummary>(await core.call("home.summary", {}, session));
const sqlCount = (query: string) => countOf(core, sql.raw(query));

beforeEach(async () => {
  ({ core } = await testCore());
  session = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

describe("home.summary", () => {
  it("counts what waits, and moves when work is done", async () => {
    const before = await summary();
    expect(before.openOrders).toBe(
      await sqlCount("SELECT count(*) AS n FROM orders WHERE status = 'open'"),
    );
    expect(before.reviewQueue).toBe(
      await sqlCount(
        "SELECT count(*) AS n FROM files WHERE review_state = 'pending'",
      ),
    );
    expect(before.ordersToRate).toBe(
      await sqlCount(
        "SELECT count(*) AS n FROM orders o WHERE status = 'approved' AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.order_id = o.id)",
      ),
    );
    // The tile opens the approved orders not rated yet: the list holds as many as the tile says.
    const toRate = valueOf<Page<OrderRow>>(
      await core.call(
        "orders.list",
        { filter: { status: ["approved"], rated: false }, limit: 500 },
        session,
      ),
    );
    expect(toRate.total).toBe(before.ordersToRate);
    expect(toRate.total).toBeGreaterThan(0);
    const rated = valueOf<Page<OrderRow>>(
      await core.call(
        "orders.list",
        { filter: { status: ["approved"], rated: true }, limit: 500 },
        session,
      ),
    );
    expect(rated.total).toBe(
      await sqlCount(
        "SELECT count(*) AS n FROM orders o WHERE status = 'approved' AND EXISTS (SELECT 1 FROM ratings r WHERE r.order_id = o.id)",
      ),
    );
    expect(rated.rows.some((r) => toRate.rows.some((u) => u.id === r.id))).toBe(
      false,
    );
    const { orderId } = await assignedOrder(core, session);
    valueOf(
      await core.call(
        "files.import",
        {
          orderId,
          folder: "finished_product",
          name: "new.png",
          dataBase64: base64(await png(19, 7)),
        },
        session,
      ),
    );
    const after = await summary();
    // The fixture made an open order and assigned it: the open count is back where it was.
    expect(after.openOrders).toBe(before.openOrders);
    expect(after.reviewQueue).toBe(before.reviewQueue + 1);
    expect(after.oldestWaitingSince).not.toBeNull();
  });
});
