// Emails in their recipient's language, packing slips in the language asked for, and a partner's
// email language changed only by those who may change its communication setting. English texts
// stay as they were before the console spoke Dutch, but for their dates, which read as the console
// shows them ("15 Dec 2026", not 2026-12-15).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { slipPagesText } from "../fixtures/pdf-text";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { messageCounts } from "../../electron/core/messages/inbox";
import { enqueueDailyDigest } from "../../electron/core/outbox/daily-digest";
import { renderSlip } from "../../electron/core/packing-slips/render-slip";
import { findResourcesDir } from "../../electron/core/resources";
import type { Core } from "../../electron/core/start-core";
import type {
  CandidatesResult,
  PackingSlipInfo,
  PartnerDetail,
  RatingResult,
} from "../../shared/contract";
import type { Language } from "../../shared/i18n/languages";
import { makeOpenOrder, makeOrder, makePartner } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let dispatcher: string;
const db = () => core.services.db;

beforeEach(async () => {
  ({ core, clock } = await testCore());
  dispatcher = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

/** An order with installation assigned to a new partner who reads `language`. */
async function assignTo(language: Language) {
  const partnerId = await makePartner(
    db(),
    { tier: "highly_rated", rating: 4.8, language },
    { capabilities: ["cnc_cutting", "plywood"], regions: ["NL-ZE"] },
  );
  const orderId = await makeOpenOrder(db(), {
    region: "NL-ZE",
    requiresInstallation: true,
  });
  const { order } = valueOf<CandidatesResult>(
    await core.call("dispatch.candidates", { orderId }, dispatcher),
  );
  valueOf(
    await core.call(
      "dispatch.assign",
      { orderId, partnerId, orderVersion: order.version },
      dispatcher,
    ),
  );
  const [partner, customer] = await Promise.all([
    db()
      .selectFrom("partners")
      .select("name")
      .where("id", "=", partnerId)
      .executeTakeFirstOrThrow(),
    db()
      .selectFrom("orders")
      .innerJoin("customers", "customers.id", "orders.customer_id")
      .select(["orders.number", "customers.name"])
      .where("orders.id", "=", orderId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    orderId,
    partnerId,
    partner: partner.name,
    customer: customer.name,
    number: customer.number,
  };
}

/** The order's newest email of a kind (to the customer, where the partner gets one too). */
const mail = (orderId: number, kind: string, to?: "customer" | "partner") =>
  db()
    .selectFrom("outbox")
    .select(["subject", "body"])
    .where("order_id", "=", orderId)
    .where("kind", "=", kind)
    .$if(to !== undefined, (q) =>
      q.where(
        "recipient",
        to === "partner" ? "like" : "not like",
        "%@partners.example",
      ),
    )
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();

/** Every customer reads Dutch: the test orders all belong to the first customer. */
const customersReadDutch = () =>
  db().updateTable("customers").set({ language: "nl" }).execute();

describe("emails in the recipient's language", () => {
  it("keeps the English assignment, kick-off and delivery date emails as they were, dates as the console shows them", async () => {
    const o = await assignTo("en");
    expect(await mail(o.orderId, "assignment")).toEqual({
      subject: `Order ${o.number} is assigned to you`,
      body: `From: dispatch@mail.cutr.ai\n\nDear ${o.partner},\n\nOrder ${o.number} (Test cabinet) is assigned to you. You find it under active orders.\nPlease set the material arrival date, the planned completion date, the delivery schedule and the invoice reference by 25 Nov 2026.\n\nCutr dispatch`,
    });
    expect(await mail(o.orderId, "kick_off_proposal", "customer")).toEqual({
      subject: `Kick-off for order ${o.number}: proposed dates`,
      body: `Dear ${o.customer},\n\nYour order ${o.number} (Test cabinet) includes installation. Cutr proposes an online kick-off with the production partner on 24 Nov 2026 or 25 Nov 2026 to agree the measure-up, drawing and installation dates. Reply with the date that suits you.\n\nCutr`,
    });
    valueOf(
      await core.call(
        "fulfilment.update",
        { orderId: o.orderId, deliveryDate: "2026-12-15", method: "delivery" },
        dispatcher,
      ),
    );
    expect(await mail(o.orderId, "delivery_date_notice")).toEqual({
      subject: `Order ${o.number}: delivery date 15 Dec 2026`,
      body: `Dear ${o.customer},\n\nThe delivery date of your order ${o.number} is now 15 Dec 2026.\n\nCutr`,
    });
    valueOf(
      await core.call(
        "fulfilment.update",
        { orderId: o.orderId, deliveryDate: "2027-01-12", reason: "Late oak" },
        dispatcher,
      ),
    );
    expect(await mail(o.orderId, "delivery_date_notice")).toEqual({
      subject: `Order ${o.number}: new delivery date 12 Jan 2027`,
      body: `Dear ${o.customer},\n\nThe delivery date of your order ${o.number} is now 12 Jan 2027 (was 15 Dec 2026).\nReason: Late oak\n\nCutr`,
    });
    valueOf(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId: o.orderId,
          orderVersion: (
            await db()
              .selectFrom("orders")
              .select("version")
              .where("id", "=", o.orderId)
              .executeTakeFirstOrThrow()
          ).version,
          reason: "Workshop closed",
          countsTowardRating: false,
        },
        dispatcher,
      ),
    );
    expect(await mail(o.orderId, "assignment_cancelled")).toEqual({
      subject: `Order ${o.number} is no longer assigned to you`,
      body: `From: dispatch@mail.cutr.ai\n\nDear ${o.partner},\n\nThe assignment of order ${o.number} is cancelled: Workshop closed\nThis cancellation is excused and does not count toward your rating.\n\nCutr dispatch`,
    });
  });

  it("writes to a Dutch partner and a Dutch customer in Dutch, with Dutch dates", async () => {
    await customersReadDutch();
    const o = await assignTo("nl");
    expect(await mail(o.orderId, "assignment")).toEqual({
      subject: `Order ${o.number} is aan je toegewezen`,
      body: `Van: dispatch@mail.cutr.ai\n\nBeste ${o.partner},\n\nOrder ${o.number} (Test cabinet) is aan je toegewezen. Je vindt de order onder je actieve orders.\nVul uiterlijk 25 november 2026 de aankomstdatum van het materiaal, de geplande opleverdatum, de leveringsplanning en de factuurreferentie in.\n\nCutr planning`,
    });
    const kickOff = await mail(o.orderId, "kick_off_proposal", "customer");
    expect(kickOff.subject).toBe(
      `Kick-off voor order ${o.number}: voorgestelde data`,
    );
    expect(kickOff.body).toContain(`Beste ${o.customer},`);
    expect(kickOff.body).toContain("op 24 november 2026 of 25 november 2026");
    valueOf(
      await core.call(
        "fulfilment.update",
        { orderId: o.orderId, deliveryDate: "2026-12-15", method: "delivery" },
        dispatcher,
      ),
    );
    valueOf(
      await core.call(
        "fulfilment.update",
        { orderId: o.orderId, deliveryDate: "2027-01-12", reason: "Late oak" },
        dispatcher,
      ),
    );
    expect(await mail(o.orderId, "delivery_date_notice")).toEqual({
      subject: `Order ${o.number}: nieuwe leverdatum 12 januari 2027`,
      body: `Beste ${o.customer},\n\nDe leverdatum van je order ${o.number} is nu 12 januari 2027 (was 15 december 2026).\nReden: Late oak\n\nCutr`,
    });
  });

  it("offers and tells ratings in each partner's language, English as before", async () => {
    const partners = {} as Record<Language, { id: number; name: string }>;
    for (const language of ["en", "nl"] as const) {
      const id = await makePartner(
        db(),
        { tier: "highly_rated", rating: 4.8, language },
        { capabilities: ["cnc_cutting", "plywood"], regions: ["NL-ZE"] },
      );
      const { name } = await db()
        .selectFrom("partners")
        .select("name")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      partners[language] = { id, name };
    }
    const orderId = await makeOpenOrder(db(), {
      region: "NL-ZE",
      requestedDeliveryDate: "2026-12-01",
    });
    valueOf(
      await core.call(
        "dispatch.offer",
        { orderId, partnerIds: [partners.en.id, partners.nl.id] },
        dispatcher,
      ),
    );
    const offers = await db()
      .selectFrom("outbox")
      .innerJoin("orders", "orders.id", "outbox.order_id")
      .select(["outbox.subject", "outbox.body", "orders.number"])
      .where("outbox.order_id", "=", orderId)
      .where("outbox.kind", "=", "offer")
      .orderBy("outbox.id")
      .execute();
    const number = offers[0]?.number ?? "";
    expect(offers.map(({ subject, body }) => ({ subject, body }))).toEqual([
      {
        subject: `New order offered to you: ${number}`,
        body: `From: dispatch@mail.cutr.ai\n\nDear ${partners.en.name},\n\nCutr offers you order ${number} (Test cabinet), requested delivery 1 Dec 2026. Accept it in your dashboard.\n\nCutr dispatch`,
      },
      {
        subject: `Nieuwe order aangeboden: ${number}`,
        body: `Van: dispatch@mail.cutr.ai\n\nBeste ${partners.nl.name},\n\nCutr biedt je order ${number} (Test cabinet) aan, gewenste levering 1 december 2026. Accepteer het aanbod in je dashboard.\n\nCutr planning`,
      },
    ]);

    const manager = await signIn(core, "accounts@cutr.example");
    for (const language of ["en", "nl"] as const) {
      const rated = await makeOrder(db(), {
        partnerId: partners[language].id,
        approvedAt: "2026-11-20T10:00:00.000Z",
      });
      const { score, partner } = valueOf<RatingResult>(
        await core.call(
          "ratings.record",
          {
            orderId: rated,
            factors: {
              quality: 4,
              communication: 5,
              involvement: 4,
              deliveryTime: 5,
              budget: 3,
            },
          },
          manager,
        ),
      );
      const notice = await mail(rated, "rating_notice");
      const { number: ratedNumber } = await db()
        .selectFrom("orders")
        .select("number")
        .where("id", "=", rated)
        .executeTakeFirstOrThrow();
      const [scoreText, ratingText] = [score, partner.rating ?? 0].map((n) =>
        language === "en" ? n.toFixed(2) : n.toFixed(2).replace(".", ","),
      );
      expect(notice).toEqual(
        language === "en"
          ? {
              subject: `Your rating for order ${ratedNumber}`,
              body: `Dear ${partners.en.name},\n\nOrder ${ratedNumber} has been rated ${scoreText} out of 5. Your rating is now ${ratingText}.\nIf you disagree, reply in the order's Cutr chat.\n\nCutr`,
            }
          : {
              subject: `Je beoordeling voor order ${ratedNumber}`,
              body: `Beste ${partners.nl.name},\n\nOrder ${ratedNumber} is beoordeeld met ${scoreText} van de 5. Je beoordeling is nu ${ratingText}.\nBen je het er niet mee eens? Reageer dan in de Cutr-chat van de order.\n\nCutr`,
            },
      );
    }
  });

  it("writes each staff member's unread digest in their own language", async () => {
    await db()
      .updateTable("users")
      .set({ language: "nl" })
      .where("email", "!=", "dispatcher@cutr.example")
      .execute();
    clock.set(new Date("2026-11-23T07:00:00Z"));
    expect(await enqueueDailyDigest(core.services)).toBeGreaterThan(0);
    const digests = await db()
      .selectFrom("outbox")
      .innerJoin("users", "users.email", "outbox.recipient")
      .select([
        "users.id",
        "users.name",
        "users.language",
        "outbox.subject",
        "outbox.body",
      ])
      .where("outbox.kind", "=", "unread_digest")
      .execute();
    const seen = new Set<Language>();
    for (const d of digests) {
      seen.add(d.language);
      const { unread, unanswered } = await messageCounts(db(), d.id);
      if (d.language === "en") {
        expect(d.subject).toBe(
          `${unread} unread message threads in the Cutr console`,
        );
        expect(d.body).toBe(
          `Good morning ${d.name},\n\n${unread} threads have messages you have not read, and ${unanswered} threads wait on Cutr's answer.\n\nOpen the console's Messages area to read and answer them.`,
        );
      } else {
        expect(d.subject).toMatch(
          new RegExp(`^${unread} ongelezen gesprekk?e?n? in de Cutr-console$`),
        );
        expect(d.body).toMatch(new RegExp(`^Goedemorgen ${d.name},\n\n`));
        expect(d.body).toContain(
          `${unanswered} ${unanswered === 1 ? "gesprek wacht" : "gesprekken wachten"} op een antwoord van Cutr`,
        );
      }
    }
    expect(seen).toEqual(new Set(["en", "nl"]));
  });
});

describe("the packing slip's language", () => {
  it("is the user's own by default, or the one asked for, and a slip in another language is drawn anew", async () => {
    const orderId = await makeOpenOrder(db());
    valueOf(
      await core.call("auth.setLanguage", { language: "nl" }, dispatcher),
    );
    const dutch = valueOf<PackingSlipInfo>(
      await core.call("packingSlips.generate", { orderId }, dispatcher),
    );
    expect(dutch).toMatchObject({ language: "nl", current: true });
    const [list, ...labels] = await slipPagesText(
      core,
      dutch.fileId,
      dispatcher,
    );
    for (const heading of [
      "Paklijst",
      "AFLEVERADRES",
      "AFZENDER (PRODUCTIEPARTNER)",
      "Nog niet toegewezen",
      "Leverdatum: niet ingesteld",
      "2 dozen",
      "Onderdeel",
      "Afmetingen (mm)",
      "Handtekening",
      "Amsterdamse tijd",
    ])
      expect(list).toContain(heading);
    expect(list).not.toContain("Packing list");
    expect(labels.map((p) => /Doos \d van 2/.exec(p)?.[0])).toEqual([
      "Doos 1 van 2",
      "Doos 2 van 2",
    ]);

    const english = valueOf<PackingSlipInfo>(
      await core.call(
        "packingSlips.generate",
        { orderId, language: "en" },
        dispatcher,
      ),
    );
    expect(english.fileId).not.toBe(dutch.fileId);
    expect(english.language).toBe("en");
    const [englishList, englishLabel] = await slipPagesText(
      core,
      english.fileId,
      dispatcher,
    );
    for (const heading of [
      "Packing list",
      "DELIVER TO",
      "Delivery date: not set",
      "2 boxes",
      "Dimensions (mm)",
      "Signature",
      "(Amsterdam time) from order version",
    ])
      expect(englishList).toContain(heading);
    expect(englishLabel).toContain("Box 1 of 2");
    // The same order in the same language: the slip stands.
    expect(
      valueOf<PackingSlipInfo>(
        await core.call(
          "packingSlips.generate",
          { orderId, language: "en" },
          dispatcher,
        ),
      ).fileId,
    ).toBe(english.fileId);
    expect(
      valueOf<PackingSlipInfo>(
        await core.call("packingSlips.latest", { orderId }, dispatcher),
      ),
    ).toMatchObject({ fileId: english.fileId, language: "en" });
    expect(
      await core.call(
        "packingSlips.generate",
        { orderId, language: "fr" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
  });
});

describe("a label in a longer language", () => {
  it("shrinks to one line instead of wrapping onto the order number", async () => {
    const { bytes } = await renderSlip(
      {
        number: "C-2026-04711",
        orderVersion: 1,
        customer: "Bakker",
        address: {
          street: "Dorpsstraat 1",
          postcode: "1234 AB",
          city: "Utrecht",
          country: "Netherlands",
        },
        partner: null,
        deliveryDate: null,
        method: null,
        packaging: "pallet",
        boxes: 40,
        notes: null,
        items: [
          {
            part: "Panel",
            material: "Oak",
            dimensions: "1 × 2 × 3",
            quantity: 1,
          },
        ],
      },
      { language: "nl", generatedAt: "nu", resourcesDir: findResourcesDir() },
    );
    // One text item, not the page's joined text: the label must not wrap.
    const pdf = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
    }).promise;
    const last = await (await pdf.getPage(pdf.numPages)).getTextContent();
    expect(last.items.map((item) => ("str" in item ? item.str : ""))).toContain(
      "Pallet 40 van 40",
    );
  });
});

describe("a partner's email language", () => {
  it("is changed by an account manager, audited, and refused to a dispatcher", async () => {
    const partnerId = await makePartner(db());
    const manager = await signIn(core, "accounts@cutr.example");
    expect(
      valueOf<PartnerDetail>(
        await core.call("partners.get", { id: partnerId }, manager),
      ).language,
    ).toBe("en");
    expect(
      await core.call(
        "partners.setLanguage",
        { partnerId, language: "nl" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(
      valueOf(
        await core.call(
          "partners.setLanguage",
          { partnerId, language: "nl" },
          manager,
        ),
      ),
    ).toEqual({ partnerId, language: "nl" });
    expect(
      valueOf<PartnerDetail>(
        await core.call("partners.get", { id: partnerId }, dispatcher),
      ).language,
    ).toBe("nl");
    const audit = await db()
      .selectFrom("audit_log")
      .select(["before", "after"])
      .where("action", "=", "partner.language")
      .where("entity_id", "=", partnerId)
      .executeTakeFirstOrThrow();
    expect([audit.before, audit.after].map((v) => JSON.parse(v ?? ""))).toEqual(
      [{ language: "en" }, { language: "nl" }],
    );
    expect(
      await core.call(
        "partners.setLanguage",
        { partnerId: 999_999, language: "nl" },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
