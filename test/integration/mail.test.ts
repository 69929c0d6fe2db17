// Thread messages by email against real servers: the outbox sends through an SMTP server on
// loopback, replies are delivered into a Dovecot IMAP mailbox on loopback and read from there.
import { simpleParser, type ParsedMail } from "mailparser";
import { ImapFlow } from "imapflow";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMailbox } from "../../electron/core/mail/read-mailbox";
import { sendDueEmails } from "../../electron/core/outbox/send-due-emails";
import type { Core } from "../../electron/core/start-core";
import type { Message, ThreadInfo, UnmatchedMail } from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { base64, png } from "../fixtures/images";
import {
  imapPassword,
  imapUser,
  startImapServer,
  type ImapTestServer,
} from "../fixtures/imap-server";
import { setMailbox } from "../fixtures/mailbox";
import { textBody } from "../fixtures/message-body";
import {
  sendThrough,
  startSmtpServer,
  type SmtpTestServer,
} from "../fixtures/smtp-server";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let admin: string;
let staff: string;
let smtp: SmtpTestServer;
let imap: ImapTestServer;
let orderId: number;
let partner: { email: string; name: string };
let customer: { email: string; name: string };
const db = () => core.services.db;

beforeEach(async () => {
  ({ core, clock } = await testCore());
  [smtp, imap] = await Promise.all([startSmtpServer(), startImapServer()]);
  admin = await signIn(core, "admin@cutr.example");
  staff = await signIn(core, "dispatcher@cutr.example");
  await sendThrough(core, admin, smtp);
  await setMailbox(core, admin, { port: imap.port });
  ({ orderId } = await assignedOrder(core, staff));
  await db()
    .updateTable("orders")
    .set({ direct_messaging: 1 })
    .where("id", "=", orderId)
    .execute();
  const parties = await db()
    .selectFrom("orders as o")
    .innerJoin("partners as p", "p.id", "o.partner_id")
    .innerJoin("customers as c", "c.id", "o.customer_id")
    .select([
      "p.email as partner_email",
      "p.name as partner_name",
      "c.email as customer_email",
      "c.name as customer_name",
    ])
    .where("o.id", "=", orderId)
    .executeTakeFirstOrThrow();
  partner = { email: parties.partner_email, name: parties.partner_name };
  customer = { email: parties.customer_email, name: parties.customer_name };
});

afterEach(async () => {
  await core.close();
  await Promise.all([smtp?.stop(), imap?.stop()]);
});

async function staffWrites(
  text: string,
  thread: "cutr" | "customer" = "cutr",
  attachments: { name: string; dataBase64: string }[] = [],
) {
  valueOf(
    await core.call(
      "messages.send",
      { orderId, thread, body: textBody(text), attachments },
      staff,
    ),
  );
  await sendDueEmails(core.services);
}

/** The thread emails (those with a reply address) the SMTP server received for one address. */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  const mails = await Promise.all(
    smtp.received
      .filter((r) => r.to.includes(address))
      .map((r) => simpleParser(r.data)),
  );
  return mails.filter(
    (m) => m.replyTo !== undefined || m.subject?.startsWith("Re: "),
  );
}

function addressOf(field: ParsedMail["replyTo"]): string {
  return field?.value[0]?.address ?? "";
}

/** A reply as a mail client writes it: quoted history under the answer, base64 photo. */
async function replyTo(
  original: ParsedMail,
  options: {
    from?: string;
    text: string;
    to?: string;
    messageId?: string;
    attachments?: { filename: string; content: Buffer; contentType?: string }[];
    headers?: Record<string, string>;
  },
): Promise<Buffer> {
  return new MailComposer({
    from: options.from ?? partner.email,
    to: options.to ?? addressOf(original.replyTo),
    subject: `Re: ${original.subject}`,
    inReplyTo: original.messageId,
    references: original.messageId,
    messageId: options.messageId,
    text: `${options.text}\n\nOn Mon, 7 Dec 2026 at 10:00, Cutr wrote:\n> ${original.text?.split("\n").join("\n> ")}`,
    attachments: options.attachments,
    headers: options.headers,
  })
    .compile()
    .build();
}

const cutrMessages = async () =>
  valueOf<{ messages: Message[] }>(
    await core.call("messages.list", { orderId, thread: "cutr" }, staff),
  ).messages;

describe("a staff message by email", () => {
  it("reaches the partner with its photo, reply address and thread headers, and the partner's answer comes back with its photo, unread", async () => {
    await staffWrites("Can you confirm the sheets arrive this week?", "cutr", [
      { name: "detail.png", dataBase64: base64(await png(40, 30)) },
    ]);
    const [sent, ...more] = await mailsTo(partner.email);
    expect(more).toEqual([]);
    expect(sent?.text).toContain(
      "Can you confirm the sheets arrive this week?",
    );
    expect(sent?.html).toContain(
      "<p>Can you confirm the sheets arrive this week?</p>",
    );
    expect(sent?.attachments.map((a) => a.filename)).toEqual(["detail.png"]);
    expect(addressOf(sent?.replyTo)).toMatch(
      /^reply\+t\d+\.[0-9a-f]{20}@reply\.cutr\.test$/,
    );
    expect(sent?.messageId).toMatch(/@reply\.cutr\.test>$/);
    expect(sent?.references).toBeTruthy();
    // Nothing goes to the customer from the Cutr thread.
    expect(await mailsTo(customer.email)).toEqual([]);

    if (!sent) throw new Error("no mail");
    await imap.deliver(
      await replyTo(sent, {
        text: "Yes, Thursday.\n\nBest regards,\nJan",
        attachments: [{ filename: "sheets.png", content: await png(60, 40) }],
      }),
    );
    const report = await readMailbox(core.services);
    expect(report).toMatchObject({
      read: 1,
      outcomes: { posted: 1 },
      error: null,
    });
    const last = (await cutrMessages()).at(-1);
    expect(last).toMatchObject({
      authorKind: "partner",
      authorName: partner.name,
    });
    expect(JSON.stringify(last?.body)).toContain("Yes, Thursday.");
    expect(JSON.stringify(last?.body)).not.toContain("Can you confirm");
    expect(last?.attachments.map((a) => a.name)).toEqual(["sheets.png"]);
    const threads = valueOf<ThreadInfo[]>(
      await core.call("messages.threads", { orderId }, staff),
    );
    expect(threads.find((t) => t.kind === "cutr")).toMatchObject({
      unread: 1,
      unanswered: true,
      emailTo: [{ kind: "partner", name: partner.name }],
    });
    expect(threads.find((t) => t.kind === "customer")?.emailTo).toEqual([
      { kind: "partner", name: partner.name },
      { kind: "customer", name: customer.name },
    ]);

    // Read again: nothing new, nothing doubled.
    expect(await readMailbox(core.services)).toMatchObject({ read: 0 });
    expect(await cutrMessages()).toHaveLength(2);
  });

  it("passes a Customer-thread answer on to the other outside participant", async () => {
    await staffWrites("Welcome, both of you.", "customer");
    expect(await mailsTo(partner.email)).toHaveLength(1);
    const [toCustomer] = await mailsTo(customer.email);
    if (!toCustomer) throw new Error("no mail to the customer");
    await imap.deliver(
      await replyTo(toCustomer, {
        from: customer.email,
        text: "Can the desk be 2 cm lower?",
      }),
    );
    expect(await readMailbox(core.services)).toMatchObject({
      outcomes: { posted: 1 },
    });
    await sendDueEmails(core.services);
    const toPartner = await mailsTo(partner.email);
    expect(toPartner).toHaveLength(2);
    expect(toPartner[1]?.text).toContain("Can the desk be 2 cm lower?");
    // The customer is not sent their own words back.
    expect(await mailsTo(customer.email)).toHaveLength(1);
  });
});

describe("mail that cannot be posted by itself", () => {
  it("keeps a stranger's mail and a forged reply address in Unmatched mail, where staff attach or discard it", async () => {
    await staffWrites("Any news?");
    const [sent] = await mailsTo(partner.email);
    if (!sent) throw new Error("no mail");
    await imap.deliver(
      await replyTo(sent, {
        from: "someone@elsewhere.test",
        text: "I am not the partner.",
      }),
    );
    const forged = addressOf(sent.replyTo).replace(
      /\.([0-9a-f])/,
      (_m, c: string) => `.${c === "a" ? "b" : "a"}`,
    );
    await imap.deliver(await replyTo(sent, { to: forged, text: "Forged." }));
    const report = await readMailbox(core.services);
    expect(report).toMatchObject({ read: 2, outcomes: { unmatched: 2 } });
    expect(await cutrMessages()).toHaveLength(1);

    const unmatched = valueOf<{ rows: UnmatchedMail[]; total: number }>(
      await core.call("mail.unmatched", {}, staff),
    );
    expect(unmatched.total).toBe(2);
    const stranger = unmatched.rows.find((r) => r.reason === "unknownSender");
    expect(stranger).toMatchObject({
      fromAddress: "someone@elsewhere.test",
      snippet: "I am not the partner.",
      order: { id: orderId },
    });
    expect(
      unmatched.rows.find((r) => r.reason === "badToken")?.order,
    ).toBeNull();

    if (!stranger) throw new Error("no stranger");
    valueOf(
      await core.call(
        "mail.attach",
        { mailId: stranger.id, orderId, thread: "cutr", author: "partner" },
        staff,
      ),
    );
    expect((await cutrMessages()).at(-1)).toMatchObject({
      authorKind: "partner",
    });
    const again = await core.call(
      "mail.attach",
      { mailId: stranger.id, orderId, thread: "cutr", author: "partner" },
      staff,
    );
    expect(again.ok ? null : again.error.code).toBe("CONFLICT");
    const other = unmatched.rows.find((r) => r.reason === "badToken");
    if (!other) throw new Error("no forged mail");
    valueOf(
      await core.call(
        "mail.discard",
        { mailId: other.id, reason: "Spam" },
        staff,
      ),
    );
    expect(
      valueOf<{ total: number }>(await core.call("mail.unmatched", {}, staff))
        .total,
    ).toBe(0);
  });

  it("sets aside an out-of-office answer, fails the email a bounce returns, and posts a mail delivered twice once", async () => {
    await staffWrites("Please confirm.");
    const [sent] = await mailsTo(partner.email);
    if (!sent) throw new Error("no mail");
    await imap.deliver(
      await replyTo(sent, {
        text: "I am out of office until Monday.",
        headers: { "Auto-Submitted": "auto-replied" },
      }),
    );
    await imap.deliver(
      await new MailComposer({
        from: "MAILER-DAEMON@mx.partner.test",
        to: "orders@cutr.test",
        subject: "Undelivered Mail Returned to Sender",
        text: `This is the mail system.\n\nFinal-Recipient: rfc822; ${partner.email}\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nMessage-ID: ${sent.messageId}\n`,
      })
        .compile()
        .build(),
    );
    const twice = await replyTo(sent, {
      text: "Confirmed.",
      messageId: "<same.mail@partner.test>",
    });
    await imap.deliver(twice);
    await imap.deliver(twice);
    const report = await readMailbox(core.services);
    expect(report?.outcomes).toEqual({
      auto_reply: 1,
      bounce: 1,
      posted: 1,
      duplicate: 1,
    });
    expect((await cutrMessages()).map((m) => m.authorKind)).toEqual([
      "staff",
      "partner",
    ]);
    const email = await db()
      .selectFrom("outbox")
      .select(["status", "last_error"])
      .where("mail_message_id", "=", sent.messageId ?? "")
      .executeTakeFirstOrThrow();
    expect(email).toEqual({
      status: "failed",
      last_error: "smtp; 550 5.1.1 User unknown",
    });
  });

  it("passes over UIDs of mails deleted from the mailbox, however many in a row", async () => {
    await staffWrites("Any news?");
    const [sent] = await mailsTo(partner.email);
    if (!sent) throw new Error("no mail");
    await imap.deliverMany(
      await Promise.all(
        [1, 2, 3, 4, 5].map((i) => replyTo(sent, { text: `Answer ${i}.` })),
      ),
    );
    // Someone cleaned up the mailbox: the first four are gone (UIDs 1-4 are never used again).
    const client = new ImapFlow({
      host: "127.0.0.1",
      port: imap.port,
      secure: false,
      doSTARTTLS: false,
      auth: { user: imapUser, pass: imapPassword },
      logger: false,
    });
    await client.connect();
    const lock = await client.getMailboxLock("INBOX");
    await client.messageDelete("1:4", { uid: true });
    lock.release();
    await client.logout();

    const report = await readMailbox(core.services, { batch: 2 });
    expect(report).toMatchObject({ read: 1, outcomes: { posted: 1 } });
    expect(JSON.stringify((await cutrMessages()).at(-1)?.body)).toContain(
      "Answer 5.",
    );
  });

  it("keeps a mail it cannot read (MIME nested 3,000 deep) in Unmatched mail and goes on with the next", async () => {
    await staffWrites("Please confirm.");
    const [sent] = await mailsTo(partner.email);
    if (!sent) throw new Error("no mail");
    let body = "deep";
    let type = "text/plain";
    for (let i = 0; i < 3000; i++) {
      body = `--b${i}\r\nContent-Type: ${type}\r\n\r\n${body}\r\n--b${i}--`;
      type = `multipart/mixed; boundary="b${i}"`;
    }
    await imap.deliver(
      `From: ${partner.email}\r\nTo: ${addressOf(sent.replyTo)}\r\nSubject: nested\r\nMIME-Version: 1.0\r\nContent-Type: ${type}\r\n\r\n${body}\r\n`,
    );
    await imap.deliver(await replyTo(sent, { text: "Confirmed." }));
    const report = await readMailbox(core.services);
    expect(report).toMatchObject({
      read: 2,
      outcomes: { unmatched: 1, posted: 1 },
      error: null,
    });
    const { rows } = valueOf<{ rows: UnmatchedMail[] }>(
      await core.call("mail.unmatched", {}, staff),
    );
    expect(rows.map((r) => r.reason)).toEqual(["unreadable"]);
    // Its headers were read before the body that failed: staff see who sent it and about what.
    expect(rows[0]).toMatchObject({
      fromAddress: partner.email,
      subject: "nested",
    });
    const attach = await core.call(
      "mail.attach",
      { mailId: rows[0]!.id, orderId, thread: "cutr", author: "partner" },
      staff,
    );
    expect(attach.ok ? null : attach.error.code).toBe("RULE");
  });

  it("posts the photos of a reply and refuses a CAD file with an automatic answer that says where drawings go", async () => {
    await staffWrites("Send the drawing please.");
    const [sent] = await mailsTo(partner.email);
    if (!sent) throw new Error("no mail");
    await imap.deliver(
      await replyTo(sent, {
        text: "Here it is.",
        attachments: [
          {
            filename: "desk.dwg",
            content: Buffer.from("AC1032 drawing"),
            contentType: "application/acad",
          },
          { filename: "photo.png", content: await png(50, 50) },
        ],
      }),
    );
    expect(await readMailbox(core.services)).toMatchObject({
      outcomes: { posted: 1 },
    });
    expect(
      (await cutrMessages()).at(-1)?.attachments.map((a) => a.name),
    ).toEqual(["photo.png"]);
    await sendDueEmails(core.services);
    const answers = await mailsTo(partner.email);
    expect(answers.at(-1)?.text).toContain("desk.dwg");
    expect(answers.at(-1)?.text).toContain("Drawings and CAD files");
  });

  it("keeps the last partner's answer out of the new partner's thread once the assignment ended", async () => {
    await staffWrites("How is it going?");
    const [sent] = await mailsTo(partner.email);
    if (!sent) throw new Error("no mail");
    const order = await db()
      .selectFrom("orders")
      .select("version")
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    valueOf(
      await core.call(
        "dispatch.cancelAssignment",
        {
          orderId,
          orderVersion: order.version,
          reason: "No capacity",
          countsTowardRating: false,
        },
        staff,
      ),
    );
    clock.advance(60_000);
    await imap.deliver(await replyTo(sent, { text: "Late answer." }));
    expect(await readMailbox(core.services)).toMatchObject({
      outcomes: { unmatched: 1 },
    });
    const [row] = valueOf<{ rows: UnmatchedMail[] }>(
      await core.call("mail.unmatched", {}, staff),
    ).rows;
    expect(row?.reason).toBe("threadClosed");
  });
});
