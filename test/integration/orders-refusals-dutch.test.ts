// The refusals of dispatch, an order's statuses, quality review and ratings come in the caller's
// language: in Dutch for a user who chose Dutch (statuses and regions named in Dutch too), word for
// word the same English as before for everyone else.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type {
  CandidatesResult,
  OrderFile,
  ReadinessCondition,
} from "../../shared/contract";
import { makeOpenOrder, makeOrder } from "../fixtures/builders";
import { valueOf } from "../fixtures/core";
import { twoLanguageScene } from "../fixtures/two-languages";
import { base64, png } from "../fixtures/images";

let core: Core;
let english: string;
let dutch: string;
let orderId: number;
let partnerId: number;
let orderNumber: string;
let partnerName: string;
const db = () => core.services.db;

let refusals: Awaited<ReturnType<typeof twoLanguageScene>>["refusals"];

beforeEach(async () => {
  ({ core, dutch, english, orderId, partnerId, orderNumber, refusals } =
    await twoLanguageScene());
  ({ name: partnerName } = await db()
    .selectFrom("partners")
    .select("name")
    .where("id", "=", partnerId)
    .executeTakeFirstOrThrow());
});
afterEach(() => core.close());

const versionOf = async (id: number) =>
  (
    await db()
      .selectFrom("orders")
      .select("version")
      .where("id", "=", id)
      .executeTakeFirstOrThrow()
  ).version;

describe("refusals about orders in the user's language", () => {
  it("names the status, the partner and the region in Dutch when dispatch refuses", async () => {
    const orderVersion = await versionOf(orderId);
    const assigned = await refusals("dispatch.assign", {
      orderId,
      partnerId,
      orderVersion,
    });
    expect(assigned.en).toMatchObject({
      code: "RULE",
      message: `Order ${orderNumber} is assigned: only an open order can be assigned.`,
    });
    expect(assigned.nl.message).toBe(
      `Order ${orderNumber} is toegewezen: alleen een open order kan worden toegewezen.`,
    );

    const stale = await refusals("dispatch.assign", {
      orderId,
      partnerId,
      orderVersion: orderVersion + 1,
    });
    expect(stale.en).toMatchObject({
      code: "CONFLICT",
      message: `Order ${orderNumber} was changed by someone else: it is assigned to ${partnerName} now. The board shows the current state.`,
    });
    expect(stale.nl.message).toBe(
      `Order ${orderNumber} is door iemand anders gewijzigd en is nu toegewezen aan ${partnerName}. Het bord toont de actuele stand.`,
    );

    // A partner who makes the order but works elsewhere: the region is named in each language.
    const brussels = await makeOpenOrder(db(), { region: "BE-BRU" });
    const { order } = valueOf<CandidatesResult>(
      await core.call("dispatch.candidates", { orderId: brussels }, english),
    );
    const elsewhere = await refusals("dispatch.assign", {
      orderId: brussels,
      partnerId,
      orderVersion: order.version,
    });
    expect(elsewhere.en.message).toBe(
      `${partnerName} is not a candidate for ${order.number}: Does not serve Brussels.`,
    );
    expect(elsewhere.nl.message).toBe(
      `${partnerName} is geen kandidaat voor ${order.number}: werkt niet in Brussel.`,
    );

    // A partner in the region lacking one capability: the capability is named in each language.
    const [region] = await db()
      .selectFrom("partner_regions")
      .select("region")
      .where("partner_id", "=", partnerId)
      .execute();
    const has = (
      await db()
        .selectFrom("partner_capabilities")
        .select("capability")
        .where("partner_id", "=", partnerId)
        .execute()
    ).map((r) => r.capability);
    // One whose names in the admins' list differ between the languages (not MDF or HPL).
    const listed = await db()
      .selectFrom("capabilities")
      .select(["code", "name_en", "name_nl"])
      .execute();
    const lacking = listed.find(
      (c) => !has.includes(c.code) && c.name_en !== c.name_nl,
    );
    if (!region || !lacking) throw new Error("the fixture partner changed");
    const special = await makeOpenOrder(db(), {
      region: region.region,
      capabilities: [lacking.code],
    });
    const specialOrder = valueOf<CandidatesResult>(
      await core.call("dispatch.candidates", { orderId: special }, english),
    ).order;
    const lacks = await refusals("dispatch.assign", {
      orderId: special,
      partnerId,
      orderVersion: specialOrder.version,
    });
    expect(lacks.en.message).toBe(
      `${partnerName} is not a candidate for ${specialOrder.number}: Cannot make it: lacks ${lacking.name_en}.`,
    );
    expect(lacks.nl.message).toBe(
      `${partnerName} is geen kandidaat voor ${specialOrder.number}: kan het niet maken, mist ${lacking.name_nl}.`,
    );
  });

  it("says in Dutch which change an order's status does not allow, and what Ready still needs", async () => {
    const orderVersion = await versionOf(orderId);
    const delivered = await refusals("orders.markDelivered", {
      orderId,
      orderVersion,
      signedSlipConfirmed: true,
    });
    expect(delivered.en.message).toBe(
      `Order ${orderNumber} is assigned: marking delivered is for ready orders.`,
    );
    expect(delivered.nl.message).toBe(
      `Order ${orderNumber} is toegewezen: geleverd melden kan alleen bij orders die gereed zijn.`,
    );

    const ready = await refusals("orders.markReady", { orderId, orderVersion });
    expect(ready.en.message).toBe(
      `${orderNumber} is not ready: all four partner to-dos done (0 of 4); an approved photo of the finished product; an approved photo of the packed product; a packing slip generated from the order's current data.`,
    );
    // The conditions are named in the reader's language inside the sentence too.
    expect(ready.nl.message).toBe(
      `${orderNumber} is niet gereed: alle vier taken van de partner afgerond (0 van 4); een goedgekeurde foto van het eindproduct; een goedgekeurde foto van het verpakte product; een pakbon gemaakt met de actuele gegevens van de order.`,
    );
    const [todos] = valueOf<ReadinessCondition[]>(
      await core.call("orders.readiness", { orderId }, dutch),
    );
    expect(todos).toEqual({
      key: "todos",
      label: {
        key: "orders:ready.condition.todos",
        values: { done: 0, total: 4 },
      },
      met: false,
    });
  });

  it("says in Dutch why an order cannot be rated yet, or revised", async () => {
    const notApproved = await refusals("ratings.suggest", { orderId });
    expect(notApproved.en.message).toBe(
      `Order ${orderId} is assigned: an order is rated once it is approved.`,
    );
    expect(notApproved.nl.message).toBe(
      `Order ${orderId} is toegewezen: een order wordt beoordeeld zodra hij is goedgekeurd.`,
    );

    const approved = await makeOrder(db(), { partnerId });
    const factors = {
      quality: 4,
      communication: 4,
      involvement: 4,
      deliveryTime: 4,
      budget: 4,
    };
    const unrated = await refusals("ratings.revise", {
      orderId: approved,
      version: 1,
      factors,
      reason: "A second look",
    });
    expect(unrated.en.message).toBe(
      `Order ${approved} has no rating yet: record one first.`,
    );
    expect(unrated.nl.message).toBe(
      `Order ${approved} heeft nog geen beoordeling: leg er eerst een vast.`,
    );
  });

  it("says in Dutch that a pending photo has no decision to undo", async () => {
    const file = valueOf<OrderFile>(
      await core.call(
        "files.import",
        {
          orderId,
          folder: "finished_product",
          name: "photo.png",
          dataBase64: base64(await png()),
        },
        english,
      ),
    );
    const undo = await refusals("quality.undo", {
      fileId: file.id,
      fileVersion: file.version,
    });
    expect(undo.en).toMatchObject({
      code: "RULE",
      message: '"photo.png" has no decision to undo: it is pending.',
    });
    expect(undo.nl.message).toBe(
      '"photo.png" heeft geen beslissing om ongedaan te maken: het wacht nog op controle.',
    );
  });
});
