// Puts an email in the outbox, inside the transaction of the change that causes it.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { MailHeaders } from "../mail/message-email";

export interface Email {
  kind: string;
  orderId: number | null;
  recipient: string;
  subject: string;
  body: string;
  dueAt: Date;
  createdAt: Date;
  /** A thread message's HTML part, headers, the message whose photos it attaches, its thread. */
  html?: string;
  headers?: MailHeaders;
  messageRef?: number;
  threadId?: number;
}

export async function enqueueEmail(
  db: Kysely<Database>,
  email: Email,
): Promise<number> {
  const row = await db
    .insertInto("outbox")
    .values({
      kind: email.kind,
      order_id: email.orderId,
      recipient: email.recipient,
      subject: email.subject,
      body: email.body,
      due_at: email.dueAt.toISOString(),
      status: "queued",
      created_at: email.createdAt.toISOString(),
      html: email.html ?? null,
      headers: email.headers ? JSON.stringify(email.headers) : null,
      message_ref: email.messageRef ?? null,
      thread_id: email.threadId ?? null,
      mail_message_id: email.headers?.messageId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
