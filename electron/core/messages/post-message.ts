// Writes one message into a thread, whoever wrote it (staff in the console, a partner or customer
// by email): the message, its stored photos, the thread's state and everyone else's unread mark.
import type { Kysely } from "kysely";
import { plainText, type MessageDoc } from "../../../shared/message-body";
import { emitWebhookEvent } from "../integrations/webhooks/emit-webhook-event";
import type { Database } from "../db/schema";
import { noteUnread } from "./unread-threads";

export interface StoredPhoto {
  name: string;
  mime: string;
  sha256: string;
  size: number;
}

export async function postMessage(
  trx: Kysely<Database>,
  message: {
    threadId: number;
    authorKind: "staff" | "partner" | "customer";
    authorUserId: number | null;
    authorName: string;
    body: MessageDoc;
    at: string;
    photos: StoredPhoto[];
  },
): Promise<number> {
  const row = await trx
    .insertInto("messages")
    .values({
      thread_id: message.threadId,
      author_kind: message.authorKind,
      author_user_id: message.authorUserId,
      author_name: message.authorName,
      body: JSON.stringify(message.body),
      created_at: message.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await noteUnread(trx, message.threadId, message.authorUserId);
  for (const photo of message.photos)
    await trx
      .insertInto("message_attachments")
      .values({
        message_id: row.id,
        name: photo.name,
        sha256: photo.sha256,
        mime: photo.mime,
        size_bytes: photo.size,
      })
      .execute();
  await trx
    .updateTable("message_threads")
    .set((eb) => ({
      last_message_at: message.at,
      last_author_kind: message.authorKind,
      last_message_id: row.id,
      message_count: eb("message_count", "+", 1),
    }))
    .where("id", "=", message.threadId)
    .execute();
  if (message.authorKind === "staff") {
    const thread = await trx
      .selectFrom("message_threads")
      .select(["order_id", "kind"])
      .where("id", "=", message.threadId)
      .executeTakeFirstOrThrow();
    await emitWebhookEvent(trx, {
      event: "message.staff",
      orderId: thread.order_id,
      at: new Date(message.at),
      data: {
        thread: thread.kind,
        author: message.authorName,
        text: plainText(message.body),
      },
    });
  }
  return row.id;
}
