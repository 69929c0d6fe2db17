// One mail from the mailbox, handled exactly once (DOMAIN.md, Messages: answers by email). It is
// kept in mail_in by its mailbox and UID, in the same transaction as whatever it becomes, so a
// console stopped halfway reads it again and a second console reading the same mailbox skips it.
// An automatic answer is set aside; a bounce fails the email it returns; a reply is matched to its
// thread by its reply address, else by the email it answers, and posted when it comes from the
// thread's partner or customer. Everything else waits in Unmatched mail for staff.
import type { Kysely } from "kysely";
import type { AddressObject, ParsedMail } from "mailparser";
import type { UnmatchedReason } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import type { CoreServices } from "../context";
import type { Database, MailInStatus } from "../db/schema";
import { prepareAttachment } from "../messages/prepare-attachment";
import { postOutsideMessage } from "../messages/post-outside-message";
import type { StoredPhoto } from "../messages/post-message";
import { enqueueEmail } from "../outbox/enqueue-email";
import { loadPolicy } from "../settings/policy";
import { bounceReason, isAutoReply, isBounce } from "./mail-kind";
import { threadOfRecipients } from "./reply-address";
import {
  htmlWords,
  replyDoc,
  visibleReply,
  withoutControls,
} from "./reply-body";
import { threadParties, type ThreadParties } from "./thread-parties";

export interface IncomingMail {
  /** The mailbox and its UIDVALIDITY, e.g. "INBOX:1796626749". */
  mailbox: string;
  uid: number;
  source: Buffer;
}

/** Signature logos and the like: small pictures shown inside the HTML, not sent as photos. */
const inlineLogoBytes = 20_000;

const addressesOf = (
  field: ParsedMail["to"] | ParsedMail["cc"] | undefined,
): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
    a.value.flatMap((v) => (v.address ? [v.address] : [])),
  );

function recipientsOf(mail: ParsedMail): string[] {
  const extra = ["delivered-to", "x-original-to"].flatMap((name) => {
    const value = mail.headers.get(name);
    return typeof value === "string" ? [value] : [];
  });
  return [...addressesOf(mail.to), ...addressesOf(mail.cc), ...extra];
}

/** The ids the mail answers: In-Reply-To first, then References newest first. */
function answeredIds(mail: ParsedMail): string[] {
  const references = Array.isArray(mail.references)
    ? mail.references
    : mail.references
      ? [mail.references]
      : [];
  return [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...references.reverse()];
}

type Match =
  | { thread: ThreadParties; reason: null; author: "partner" | "customer" }
  | { thread: ThreadParties | null; reason: UnmatchedReason; author: null };

async function matchThread(
  db: Kysely<Database>,
  mail: ParsedMail,
  from: string,
  domain: string,
): Promise<Match> {
  const token = await threadOfRecipients(db, recipientsOf(mail), domain);
  if (token.kind === "forged")
    return { thread: null, reason: "badToken", author: null };
  let threadId = token.kind === "valid" ? token.threadId : null;
  if (threadId === null) {
    const ids = answeredIds(mail);
    const answered =
      ids.length === 0
        ? undefined
        : await db
            .selectFrom("outbox")
            .select("thread_id")
            .where("mail_message_id", "in", ids)
            .where("thread_id", "is not", null)
            .executeTakeFirst();
    threadId = answered?.thread_id ?? null;
  }
  const thread = threadId === null ? null : await threadParties(db, threadId);
  if (!thread) return { thread: null, reason: "noThread", author: null };
  if (thread.orderStatus === "cancelled")
    return { thread, reason: "orderCancelled", author: null };
  if (thread.endedAt !== null)
    return { thread, reason: "threadClosed", author: null };
  const author =
    thread.partnerEmail?.toLowerCase() === from
      ? "partner"
      : thread.kind === "customer" &&
          thread.customerEmail.toLowerCase() === from
        ? "customer"
        : null;
  if (!author) return { thread, reason: "unknownSender", author: null };
  return { thread, reason: null, author };
}

export interface MailOutcome {
  status: MailInStatus | "skipped";
  reason?: string | null;
  messageId?: number;
}

/** The photos a reply carries, prepared like uploads; the other files named for the sender. */
export async function photosOf(
  services: CoreServices,
  mail: ParsedMail,
  maxFileBytes: number,
): Promise<{ photos: StoredPhoto[]; refused: string[] }> {
  const photos: StoredPhoto[] = [];
  const refused: string[] = [];
  for (const [index, attachment] of mail.attachments.entries()) {
    const name =
      withoutControls(attachment.filename ?? "").slice(0, 200) ||
      `attachment-${index + 1}`;
    if (
      attachment.related &&
      attachment.contentType.startsWith("image/") &&
      attachment.size < inlineLogoBytes
    )
      continue;
    try {
      const prepared = await prepareAttachment(
        name,
        attachment.content,
        maxFileBytes,
      );
      const blob = await services.files.put(prepared.bytes);
      photos.push({
        name,
        mime: prepared.mime,
        sha256: blob.sha256,
        size: blob.size,
      });
    } catch {
      refused.push(name);
    }
  }
  return { photos, refused };
}

/** A mail the parser cannot read (MIME nested thousands deep, say): set aside, never retried. */
export class UnreadableMailError extends Error {}

/** The mail and the words its sender wrote (no quoted history, no signature). */
export async function readMail(
  source: Buffer,
): Promise<{ mail: ParsedMail; text: string }> {
  // Loaded with the first mail: mailparser would add a tenth of a second to every start.
  const { simpleParser } = await import("mailparser");
  const mail = await simpleParser(source, {
    maxHtmlLengthToParse: 2_000_000,
    // A mail without a text part is read from its HTML by htmlWords, which leaves out pictures.
    skipHtmlToText: true,
  }).catch((error: unknown) => {
    throw new UnreadableMailError(
      error instanceof Error ? error.message : String(error),
      { cause: error },
    );
  });
  const words = mail.text?.trim()
    ? mail.text
    : typeof mail.html === "string"
      ? htmlWords(mail.html)
      : "";
  return { mail, text: visibleReply(words) };
}

export async function processIncomingMail(
  services: CoreServices,
  incoming: IncomingMail,
  domain: string,
): Promise<MailOutcome> {
  const { db, clock } = services;
  const already = await db
    .selectFrom("mail_in")
    .select("id")
    .where("mailbox", "=", incoming.mailbox)
    .where("uid", "=", incoming.uid)
    .executeTakeFirst();
  if (already) return { status: "skipped" };

  const { mail, text } = await readMail(incoming.source);
  const raw = await services.files.put(incoming.source);
  const sender = mail.from?.value[0];
  const from = withoutControls(sender?.address ?? "").toLowerCase();
  const now = clock.now().toISOString();
  const record = {
    mailbox: incoming.mailbox,
    uid: incoming.uid,
    mail_message_id: mail.messageId ?? null,
    from_address: from,
    from_name: withoutControls(sender?.name ?? "").slice(0, 200) || null,
    subject: withoutControls(mail.subject ?? "").slice(0, 500),
    snippet: text.slice(0, 500),
    sent_at: mail.date ? mail.date.toISOString() : null,
    received_at: now,
    raw_sha256: raw.sha256,
    size_bytes: incoming.source.length,
  };

  /** Keeps the mail once; false when another console kept it first. */
  const keep = async (
    trx: Kysely<Database>,
    status: MailInStatus,
    extra: {
      reason?: string | null;
      threadId?: number | null;
      messageRef?: number | null;
    } = {},
  ) => {
    const row = await trx
      .insertInto("mail_in")
      .values({
        ...record,
        status,
        reason: extra.reason ?? null,
        thread_id: extra.threadId ?? null,
        message_ref: extra.messageRef ?? null,
      })
      .onConflict((oc) => oc.columns(["mailbox", "uid"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    return row !== undefined;
  };
  const keepOnly = async (
    status: MailInStatus,
    extra: { reason?: string | null; threadId?: number | null } = {},
  ): Promise<MailOutcome> =>
    (await db.transaction().execute((trx) => keep(trx, status, extra)))
      ? { status, reason: extra.reason ?? null }
      : { status: "skipped" };

  if (isBounce(mail)) {
    const source = incoming.source.toString("latin1");
    const ours = new RegExp(
      `<m\\d+\\.(?:partner|customer)\\.[0-9a-f]+@${domain.replace(/\./g, "\\.")}>`,
      "i",
    ).exec(source);
    const reason = bounceReason(source);
    return db.transaction().execute(async (trx) => {
      if (!(await keep(trx, "bounce", { reason })))
        return { status: "skipped" as const };
      if (ours)
        await trx
          .updateTable("outbox")
          .set({ status: "failed", last_error: reason })
          .where("mail_message_id", "=", ours[0])
          .execute();
      return { status: "bounce" as const, reason };
    });
  }
  if (isAutoReply(mail)) return keepOnly("auto_reply");
  if (mail.messageId) {
    const twin = await db
      .selectFrom("mail_in")
      .select("id")
      .where("mail_message_id", "=", mail.messageId)
      .executeTakeFirst();
    if (twin) return keepOnly("duplicate");
  }

  const match = await matchThread(db, mail, from, domain);
  if (match.reason !== null)
    return keepOnly("unmatched", {
      reason: match.reason,
      threadId: match.thread?.id ?? null,
    });
  const { maxFileBytes } = await loadPolicy(db);
  const { photos, refused } = await photosOf(services, mail, maxFileBytes);
  if (text.length === 0 && photos.length === 0)
    return keepOnly("unmatched", {
      reason: "empty",
      threadId: match.thread.id,
    });

  const thread = match.thread;
  const author = match.author;
  const authorName =
    (author === "partner" ? thread.partnerName : thread.customerName) ??
    record.from_name ??
    from;
  const language =
    (author === "partner" ? thread.partnerLanguage : thread.customerLanguage) ??
    "en";
  return db.transaction().execute(async (trx) => {
    if (!(await keep(trx, "posted", { threadId: thread.id })))
      return { status: "skipped" as const };
    const body =
      text.length > 0
        ? replyDoc(text)
        : replyDoc(translatorFor(language)("email:threadMessage.photosOnly"));
    const messageId = await postOutsideMessage(trx, services.secrets, {
      thread,
      author,
      authorName,
      body,
      at: new Date(now),
      photos,
    });
    await trx
      .updateTable("mail_in")
      .set({ message_ref: messageId })
      .where("mailbox", "=", incoming.mailbox)
      .where("uid", "=", incoming.uid)
      .execute();
    if (refused.length > 0) {
      const t = translatorFor(language);
      await enqueueEmail(trx, {
        kind: "attachment_refused",
        orderId: thread.orderId,
        recipient: from,
        subject: t("email:attachmentRefused.subject", {
          subject: record.subject,
        }),
        body: t("email:attachmentRefused.body", {
          name: authorName,
          files: refused.join(", "),
          max: `${Math.round(maxFileBytes / 1024 / 1024)} MB`,
        }),
        dueAt: clock.now(),
        createdAt: clock.now(),
      });
    }
    return { status: "posted" as const, messageId };
  });
}

/**
 * A mail the parser cannot read is kept in Unmatched mail rather than read again and again:
 * otherwise it would stop every later one. When even keeping it fails (the database is down),
 * the error stands and the read stops there.
 */
/** Who sent a mail and about what, from its headers alone: read before the body that fails. */
async function headersOf(
  source: Buffer,
): Promise<{ address: string; name: string | null; subject: string }> {
  const nothing = { address: "", name: null, subject: "" };
  const { MailParser } = await import("mailparser");
  return new Promise((resolve) => {
    const parser = new MailParser();
    parser.on("headers", (headers) => {
      const from = headers.get("from") as AddressObject | undefined;
      const subject = headers.get("subject");
      const sender = from?.value[0];
      resolve({
        address: withoutControls(sender?.address ?? "").toLowerCase(),
        name: withoutControls(sender?.name ?? "").slice(0, 200) || null,
        subject: withoutControls(
          typeof subject === "string" ? subject : "",
        ).slice(0, 500),
      });
      parser.destroy();
    });
    parser.on("error", () => resolve(nothing));
    parser.on("close", () => resolve(nothing));
    parser.on("data", (part: { release?: () => void }) => part.release?.());
    parser.end(source);
  });
}

export async function setAsideUnreadable(
  services: CoreServices,
  incoming: IncomingMail,
  error: unknown,
): Promise<MailOutcome> {
  services.log.error(
    `mail ${incoming.mailbox}/${incoming.uid} could not be processed`,
    error,
  );
  const raw = await services.files.put(incoming.source);
  const sender = await headersOf(incoming.source);
  const row = await services.db
    .insertInto("mail_in")
    .values({
      mailbox: incoming.mailbox,
      uid: incoming.uid,
      mail_message_id: null,
      from_address: sender.address,
      from_name: sender.name,
      subject: sender.subject,
      snippet: "",
      sent_at: null,
      received_at: services.clock.now().toISOString(),
      raw_sha256: raw.sha256,
      size_bytes: incoming.source.length,
      status: "unmatched",
      reason: "unreadable",
      thread_id: null,
      message_ref: null,
    })
    .onConflict((oc) => oc.columns(["mailbox", "uid"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row
    ? { status: "unmatched", reason: "unreadable" }
    : { status: "skipped" };
}
