// Unmatched mail: what the mailbox brought that could not be posted by itself (no thread, a forged
// address, a stranger, a closed thread). Staff attach each to an order's thread, as written by
// the order's partner or customer, or discard it with a reason; both are audited.
import type { UnmatchedMail, UnmatchedReason } from "../../../shared/contract";
import type { ThreadKind } from "../../../shared/domain";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { openThread } from "../messages/open-thread";
import { postMessage } from "../messages/post-message";
import { requireThread } from "../messages/thread-rules";
import { loadPolicy } from "../settings/policy";
import type { Kysely } from "kysely";
import { photosOf, readMail } from "./incoming-mail";
import { replyDoc } from "./reply-body";

export async function listUnmatched(
  db: Kysely<Database>,
  limit: number,
): Promise<{ rows: UnmatchedMail[]; total: number }> {
  const waiting = db
    .selectFrom("mail_in")
    .where("mail_in.status", "=", "unmatched");
  const [rows, total] = await Promise.all([
    waiting
      .leftJoin("message_threads as t", "t.id", "mail_in.thread_id")
      .leftJoin("orders as o", "o.id", "t.order_id")
      .select([
        "mail_in.id",
        "mail_in.from_address",
        "mail_in.from_name",
        "mail_in.subject",
        "mail_in.snippet",
        "mail_in.sent_at",
        "mail_in.received_at",
        "mail_in.reason",
        "o.id as order_id",
        "o.number as order_number",
      ])
      .orderBy("mail_in.received_at", "desc")
      .orderBy("mail_in.id", "desc")
      .limit(limit)
      .execute(),
    waiting
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    rows: rows.map((row) => ({
      id: row.id,
      fromAddress: row.from_address,
      fromName: row.from_name,
      subject: row.subject,
      snippet: row.snippet,
      sentAt: row.sent_at,
      receivedAt: row.received_at,
      reason: (row.reason ?? "noThread") as UnmatchedReason,
      order:
        row.order_id !== null && row.order_number !== null
          ? { id: row.order_id, number: row.order_number }
          : null,
    })),
  };
}

async function waitingMail(db: Kysely<Database>, mailId: number) {
  const mail = await db
    .selectFrom("mail_in")
    .selectAll()
    .where("id", "=", mailId)
    .executeTakeFirst();
  if (!mail) throw notFound("mail", mailId);
  if (mail.status !== "unmatched")
    throw new AppError("CONFLICT", {
      key: "errors:mail.alreadyDecided",
      values: { subject: mail.subject },
    });
  return mail;
}

/** Marks the waiting mail decided, audited; CONFLICT when a colleague decided it first. */
async function decide(
  trx: Kysely<Database>,
  stored: {
    id: number;
    from_address: string;
    subject: string;
    reason: string | null;
  },
  change: {
    status: "attached" | "discarded";
    userId: number;
    at: string;
    threadId?: number;
    messageRef?: number;
    reason?: string;
    orderId: number | null;
    after: Record<string, unknown> | null;
  },
): Promise<void> {
  const result = await trx
    .updateTable("mail_in")
    .set({
      status: change.status,
      decided_by: change.userId,
      decided_at: change.at,
      ...(change.threadId !== undefined ? { thread_id: change.threadId } : {}),
      ...(change.messageRef !== undefined
        ? { message_ref: change.messageRef }
        : {}),
      ...(change.reason !== undefined ? { reason: change.reason } : {}),
    })
    .where("id", "=", stored.id)
    .where("status", "=", "unmatched")
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n)
    throw new AppError("CONFLICT", {
      key: "errors:mail.alreadyDecided",
      values: { subject: stored.subject },
    });
  await writeAudit(trx, {
    at: new Date(change.at),
    userId: change.userId,
    action: `mail.${change.status}`,
    entity: "mail",
    entityId: stored.id,
    orderId: change.orderId,
    before: {
      from: stored.from_address,
      subject: stored.subject,
      reason: stored.reason,
    },
    after: change.after,
    reason: change.reason ?? null,
  });
}

export async function attachMail(
  context: RequestContext,
  input: {
    mailId: number;
    orderId: number;
    thread: ThreadKind;
    author: "partner" | "customer";
  },
): Promise<{ messageId: number }> {
  const user = signedInUser(context);
  const { db, files, clock } = context;
  const stored = await waitingMail(db, input.mailId);
  await requireThread(db, input.orderId, input.thread);
  const order = await db
    .selectFrom("orders as o")
    .innerJoin("customers as c", "c.id", "o.customer_id")
    .leftJoin("partners as p", "p.id", "o.partner_id")
    .select([
      "o.number",
      "p.name as partner_name",
      "c.name as customer_name",
      "c.language",
    ])
    .where("o.id", "=", input.orderId)
    .executeTakeFirstOrThrow();
  if (input.author === "partner" && order.partner_name === null)
    throw new AppError("RULE", {
      key: "errors:mail.noPartner",
      values: { number: order.number },
    });
  const { mail, text } = await readMail(
    await files.read(stored.raw_sha256),
  ).catch(() => {
    throw new AppError("RULE", { key: "errors:mail.unreadable" });
  });
  const { maxFileBytes } = await loadPolicy(db);
  const { photos } = await photosOf(context, mail, maxFileBytes);
  const body = replyDoc(
    text.length > 0
      ? text
      : translatorFor(order.language)("email:threadMessage.photosOnly"),
  );
  const authorName =
    (input.author === "partner" ? order.partner_name : order.customer_name) ??
    stored.from_name ??
    stored.from_address;
  const now = clock.now();
  return db.transaction().execute(async (trx) => {
    await requireThread(trx, input.orderId, input.thread);
    const thread = await openThread(trx, input.orderId, input.thread);
    const messageId = await postMessage(trx, {
      threadId: thread.id,
      authorKind: input.author,
      authorUserId: null,
      authorName,
      body,
      at: now.toISOString(),
      photos,
    });
    await decide(trx, stored, {
      status: "attached",
      userId: user.id,
      at: now.toISOString(),
      threadId: thread.id,
      messageRef: messageId,
      orderId: input.orderId,
      after: { thread: input.thread, author: input.author, messageId },
    });
    return { messageId };
  });
}

export async function discardMail(
  context: RequestContext,
  input: { mailId: number; reason: string },
): Promise<{ id: number }> {
  const user = signedInUser(context);
  const stored = await waitingMail(context.db, input.mailId);
  const now = context.clock.now();
  await context.db.transaction().execute(async (trx) => {
    await decide(trx, stored, {
      status: "discarded",
      userId: user.id,
      at: now.toISOString(),
      reason: input.reason,
      orderId: null,
      after: null,
    });
  });
  return { id: input.mailId };
}
