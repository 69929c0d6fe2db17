// The refusals of files, messages, people, closing days and packing slips come in the caller's
// language: in Dutch for a user who chose Dutch, word for word the same English as before for
// everyone else (a folder's name, a field's message and what a slip lacks included).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import { valueOf } from "../fixtures/core";
import { twoLanguageScene } from "../fixtures/two-languages";
import { base64, png } from "../fixtures/images";
import { textBody } from "../fixtures/message-body";

let core: Core;
let english: string;
let orderId: number;
let orderNumber: string;
const db = () => core.services.db;

let refusals: Awaited<ReturnType<typeof twoLanguageScene>>["refusals"];

beforeEach(async () => {
  ({ core, english, orderId, orderNumber, refusals } =
    await twoLanguageScene());
});
afterEach(() => core.close());

const importFile = (bytes: Buffer, name: string) => ({
  orderId,
  folder: "finished_product",
  name,
  dataBase64: base64(bytes),
});

describe("refusals in the user's language", () => {
  it("names the folder in Dutch when a file does not fit it or is there already", async () => {
    const wrong = await refusals(
      "files.import",
      importFile(Buffer.from("just text"), "note.jpg"),
    );
    expect(wrong.en.message).toBe(
      '"note.jpg" cannot go into Finished product photos: a JPEG, PNG or WebP photo is needed, but its content is not a known file type.',
    );
    expect(wrong.nl.message).toBe(
      '"note.jpg" kan niet in Foto\'s van het eindproduct: er is een JPEG-, PNG- of WebP-foto nodig, maar de inhoud is geen bekend bestandstype.',
    );

    const photo = await png();
    valueOf(
      await core.call("files.import", importFile(photo, "photo.png"), english),
    );
    const again = await refusals(
      "files.import",
      importFile(photo, "again.png"),
    );
    expect(again.en).toMatchObject({
      code: "CONFLICT",
      message:
        'This file is already in Finished product photos as "photo.png".',
    });
    expect(again.nl.message).toBe(
      'Dit bestand staat al in Foto\'s van het eindproduct als "photo.png".',
    );
  });

  it("says the contract's own field messages in Dutch", async () => {
    const empty = await refusals("files.import", {
      orderId,
      folder: "finished_product",
      name: "empty.jpg",
      dataBase64: "",
    });
    expect(empty.en.message).toBe("Invalid dataBase64: The file is empty");
    expect(empty.nl.message).toContain("Het bestand is leeg");

    const long = await refusals("messages.send", {
      orderId,
      thread: "cutr",
      body: textBody("x".repeat(20_001)),
      attachments: [],
    });
    expect(long.en.message).toContain(
      "A message holds at most 20,000 characters",
    );
    expect(long.nl.message).toContain(
      "Een bericht bevat hoogstens 20.000 tekens",
    );
  });

  it("says why an order has no Customer thread", async () => {
    await db()
      .updateTable("orders")
      .set({ direct_messaging: 0 })
      .where("id", "=", orderId)
      .execute();
    const refused = await refusals("messages.send", {
      orderId,
      thread: "customer",
      body: textBody("Hello"),
      attachments: [],
    });
    expect(refused.en.message).toBe(
      `Order ${orderNumber} has no Customer thread: This order has no direct messaging with the customer.`,
    );
    expect(refused.nl.message).toBe(
      `Order ${orderNumber} heeft geen gesprek met de klant: deze order heeft geen directe berichten met de klant.`,
    );
  });

  it("translates field messages in the details too", async () => {
    const taken = await refusals("users.create", {
      email: "Admin@cutr.example",
      name: "Someone",
      role: "dispatcher",
    });
    expect(taken.en).toMatchObject({
      message: "admin@cutr.example already has an account.",
      details: { email: "Already in use." },
    });
    expect(taken.nl).toMatchObject({
      message: "admin@cutr.example heeft al een account.",
      details: { email: "Al in gebruik." },
    });

    await db()
      .updateTable("orders")
      .set({ box_count: 0 })
      .where("id", "=", orderId)
      .execute();
    const slip = await refusals("packingSlips.generate", { orderId });
    expect(slip.en).toMatchObject({
      message: `A packing slip for ${orderNumber} needs a number of boxes or pallets.`,
      details: { missing: ["a number of boxes or pallets"] },
    });
    expect(slip.nl).toMatchObject({
      message: `Voor een pakbon van ${orderNumber} is een aantal dozen of pallets nodig.`,
      details: { missing: ["een aantal dozen of pallets"] },
    });
  });

  it("refuses a closing day twice in each language", async () => {
    valueOf(
      await core.call(
        "calendar.addClosingDay",
        { date: "2026-12-24", name: "Kerstavond" },
        english,
      ),
    );
    const twice = await refusals("calendar.addClosingDay", {
      date: "2026-12-24",
      name: "Christmas Eve",
    });
    expect(twice.en.message).toBe(
      "24 Dec 2026 is already a closing day (Kerstavond).",
    );
    expect(twice.nl.message).toBe(
      "24 december 2026 is al een sluitingsdag (Kerstavond).",
    );
  });
});
