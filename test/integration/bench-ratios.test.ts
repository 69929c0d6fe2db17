// The bench's ratios compare the console with a bare way of doing the same work: these tests hold
// that both sides of each really do the same work (same rows, same ranking, same pages and text),
// on the small demo database, so a ratio can never be won by doing less.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type {
  CandidatesResult,
  OrderFile,
  OrderRow,
  Page,
} from "../../shared/contract";
import { renderSlip } from "../../electron/core/packing-slips/render-slip";
import { loadPolicy } from "../../electron/core/settings/policy";
import {
  benchSlip,
  benchSlipContext,
  bareTwinOf,
} from "../../bench/packing-slips";
import { candidatesFromScan } from "../../bench/ratios/candidates-scan";
import {
  rawComparableQueries,
  rawOrdersPages,
} from "../../bench/ratios/orders-list-raw";
import { pdfTextItems } from "../../bench/ratios/slip-bare";
import { sharpAlone, twelveMegapixelJpeg } from "../../bench/quality";
import {
  anAssignedOrder,
  signIn,
  sqliteOf,
  testCore,
  testDatabase,
  valueOf,
} from "../fixtures/core";

const onSqlite = testDatabase === "sqlite";

describe("the bench's ratios", () => {
  it.runIf(onSqlite)(
    "orders_list_vs_raw: the raw statement answers the console's page and total",
    async () => {
      const { core } = await testCore();
      const session = await signIn(core, "dispatcher@cutr.example");
      const raw = rawOrdersPages(sqliteOf(core));
      for (const input of rawComparableQueries) {
        const page = valueOf<Page<OrderRow>>(
          await core.call("orders.list", input, session),
        );
        expect(page.rows.length, JSON.stringify(input)).toBeGreaterThan(0);
        expect(raw(input)).toEqual(page);
      }
      await core.close();
    },
  );

  it("candidates_vs_scan: ranking from a scan of the scores gives the console's ranking", async () => {
    const { core, clock } = await testCore();
    const session = await signIn(core, "dispatcher@cutr.example");
    const db = core.services.db;
    const context = { policy: await loadPolicy(db), now: clock.now() };
    const open = await db
      .selectFrom("orders")
      .select("id")
      .where("status", "=", "open")
      .orderBy("id")
      .limit(8)
      .execute();
    const ranked = async (orderId: number) =>
      valueOf<CandidatesResult>(
        await core.call("dispatch.candidates", { orderId }, session),
      ).candidates.map((c) => [c.partnerId, c.tier, c.rating]);
    let compared = 0;
    for (const { id } of open) {
      const fromScan = (await candidatesFromScan(db, id, context)).map((c) => [
        c.partnerId,
        c.tier,
        c.rating,
      ]);
      expect(fromScan).toEqual(await ranked(id));
      compared += fromScan.length;
    }
    expect(compared).toBeGreaterThan(0);
    // The scan does not read the aggregates: a stored rating changed by hand shows as a difference.
    const [first] = open;
    const top = (await ranked(first?.id ?? 0))[0]?.[0] as number;
    await db
      .updateTable("partners")
      .set({ rating: 1, tier: "lower" })
      .where("id", "=", top)
      .execute();
    const fromScan = await candidatesFromScan(db, first?.id ?? 0, context);
    expect(fromScan.map((c) => c.partnerId)).not.toEqual(
      (await ranked(first?.id ?? 0)).map((c) => c[0]),
    );
    await core.close();
  });

  it.runIf(onSqlite)(
    "photo_import_vs_sharp: sharp alone makes the very photo and thumbnail the import stores",
    async () => {
      const { core } = await testCore();
      const session = await signIn(core, "dispatcher@cutr.example");
      const orderId = await anAssignedOrder(core);
      const photo = await twelveMegapixelJpeg(1);
      const file = valueOf<OrderFile>(
        await core.call(
          "files.import",
          {
            orderId,
            folder: "finished_product",
            name: "IMG_4032.jpg",
            dataBase64: photo.toString("base64"),
          },
          session,
        ),
      );
      const [full, thumb] = await sharpAlone(photo);
      const stored = await core.services.db
        .selectFrom("files")
        .select(["sha256", "thumb_sha256"])
        .where("id", "=", file.id)
        .executeTakeFirstOrThrow();
      // The store names each blob by its SHA-256: the same names, the same bytes.
      expect([stored.sha256, stored.thumb_sha256]).toEqual(
        [full, thumb].map((b) => createHash("sha256").update(b).digest("hex")),
      );
      await core.close();
    },
  );

  it.runIf(onSqlite)(
    "slip_vs_pdfkit: the bare document has the slip's pages and text",
    async () => {
      const slip = await renderSlip(benchSlip, benchSlipContext);
      const bare = await (await bareTwinOf(new Uint8Array(slip.bytes)))();
      const slipPages = await pdfTextItems(new Uint8Array(slip.bytes));
      const barePages = await pdfTextItems(new Uint8Array(bare));
      expect(slipPages).toHaveLength(1 + 1 + benchSlip.boxes);
      expect(barePages).toEqual(slipPages);
      expect(slipPages.at(-1)?.join(" ")).toContain("Box 20 of 20");
    },
  );
});
