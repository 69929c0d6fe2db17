// A staff message leaves by email to the other side of its thread (DOMAIN.md, Messages: answers by
// email): the Cutr thread to the order's partner, the Customer thread to the partner and the
// customer, each in their language, with a plain-text and an HTML part, the message's photos,
// the thread's reply address, and Message-ID and References so mail clients keep the
// conversation together. Queued in the outbox inside the message's own transaction; nothing is
// sent while the mailbox is not set up, since no answer could come back.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { ThreadKind } from "../../../shared/domain";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import type { Language } from "../../../shared/i18n/languages";
import { plainText, type MessageDoc } from "../../../shared/message-body";
import type { Database } from "../db/schema";
import { enqueueEmail } from "../outbox/enqueue-email";
import type { SecretStore } from "../secrets/secret-store";
import { loadImap } from "./imap-settings";
import { escapeHtml, messageHtml } from "./message-html";
import { replyAddress } from "./reply-address";

/** The headers an outbox email of a thread message is sent with. */
export interface MailHeaders {
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  replyTo: string;
  fromName: string;
}

export interface Recipient {
  kind: "partner" | "customer";
  name: string;
  email: string;
  language: Language;
}

/** Who is on the other side of an order's thread. */
export async function threadRecipients(
  db: Kysely<Database>,
  orderId: number,
  kind: ThreadKind,
): Promise<Recipient[]> {
  const order = await db
    .selectFrom("orders as o")
    .innerJoin("customers as c", "c.id", "o.customer_id")
    .leftJoin("partners as p", "p.id", "o.partner_id")
    .select([
      "p.name as partner_name",
      "p.email as partner_email",
      "p.language as partner_language",
      "c.name as customer_name",
      "c.email as customer_email",
      "c.language as customer_language",
    ])
    .where("o.id", "=", orderId)
    .executeTakeFirstOrThrow();
  const recipients: Recipient[] = [];
  if (order.partner_name && order.partner_email && order.partner_language)
    recipients.push({
      kind: "partner",
      name: order.partner_name,
      email: order.partner_email,
      language: order.partner_language,
    });
  if (kind === "customer" && order.customer_email)
    recipients.push({
      kind: "customer",
      name: order.customer_name,
      email: order.customer_email,
      language: order.customer_language,
    });
  return recipients;
}

/** The thread's own id for References: every email of the thread names it first. */
const threadRoot = (threadId: number, domain: string) =>
  `<thread.${threadId}@${domain}>`;

/** The newest mail the outside sent into the thread, which the next email answers. */
async function lastReplyIn(db: Kysely<Database>, threadId: number) {
  const row = await db
    .selectFrom("mail_in")
    .select("mail_message_id")
    .where("thread_id", "=", threadId)
    .where("status", "in", ["posted", "attached"])
    .where("mail_message_id", "is not", null)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.mail_message_id ?? null;
}

export interface OutgoingMessage {
  messageId: number;
  threadId: number;
  orderId: number;
  thread: ThreadKind;
  /** Written by staff, or passed on from the other outside participant (Customer thread). */
  from: { kind: "staff" | "partner" | "customer"; name: string };
  body: MessageDoc;
  at: Date;
  /** Whom not to send it to: the participant who wrote it. */
  except?: "partner" | "customer";
}

/** Queues the message's emails; returns how many. */
export async function enqueueMessageEmails(
  trx: Kysely<Database>,
  secrets: SecretStore,
  message: OutgoingMessage,
): Promise<number> {
  const mailbox = await loadImap(trx, secrets);
  if (!mailbox?.enabled) return 0;
  const domain = mailbox.replyDomain.toLowerCase();
  const order = await trx
    .selectFrom("orders")
    .select(["number", "title"])
    .where("id", "=", message.orderId)
    .executeTakeFirstOrThrow();
  const recipients = (
    await threadRecipients(trx, message.orderId, message.thread)
  ).filter((r) => r.kind !== message.except);
  const replyTo = await replyAddress(trx, message.threadId, domain);
  const inReplyTo = await lastReplyIn(trx, message.threadId);
  const text = plainText(message.body);
  const html = messageHtml(message.body);
  for (const recipient of recipients) {
    const t = translatorFor(recipient.language);
    const intro = t(`email:threadMessage.intro.${message.from.kind}`, {
      name: recipient.name,
      author: message.from.name,
      number: order.number,
    });
    const footer = t("email:threadMessage.footer");
    const headers: MailHeaders = {
      messageId: `<m${message.messageId}.${recipient.kind}.${randomBytes(6).toString("hex")}@${domain}>`,
      inReplyTo,
      references: [
        threadRoot(message.threadId, domain),
        ...(inReplyTo ? [inReplyTo] : []),
      ],
      replyTo,
      fromName: t("email:threadMessage.fromName", {
        author: message.from.name,
      }),
    };
    await enqueueEmail(trx, {
      kind: "thread_message",
      orderId: message.orderId,
      recipient: recipient.email,
      subject: t("email:threadMessage.subject", {
        number: order.number,
        title: order.title,
      }),
      body: `${intro}\n\n${text}\n\n-- \n${footer}`,
      html:
        `<p>${escapeHtml(intro)}</p>` +
        `<div>${html}</div>` +
        `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
      headers,
      messageRef: message.messageId,
      threadId: message.threadId,
      dueAt: message.at,
      createdAt: message.at,
    });
  }
  return recipients.length;
}
