// messages.send: a staff message, with its photos, in one transaction with the thread's state and
// the writer's read marker. Photos are prepared and stored first; if the message cannot be
// written, their blobs are released again.
import type { Message } from "../../../shared/contract";
import type { ThreadKind } from "../../../shared/domain";
import type { MessageDoc } from "../../../shared/message-body";
import { signedInUser, type RequestContext } from "../context";
import { notFound } from "../errors";
import type { StoredFile } from "../files/file-store";
import type { PreparedUpload } from "../files/prepare-upload";
import { releaseBlobs } from "../files/release-blobs";
import { loadPolicy } from "../settings/policy";
import { listMessages } from "./list-messages";
import { noteUnread } from "./unread-threads";
import { markRead } from "./mark-read";
import { prepareAttachment } from "./prepare-attachment";
import { openThread } from "./open-thread";
import { requireThread } from "./thread-rules";

export interface SendInput {
  orderId: number;
  thread: ThreadKind;
  body: MessageDoc;
  attachments: { name: string; dataBase64: string }[];
}

export async function sendMessage(
  context: RequestContext,
  input: SendInput,
): Promise<Message> {
  const user = signedInUser(context);
  const { db, files } = context;
  await requireThread(db, input.orderId, input.thread);
  const { maxFileBytes } = await loadPolicy(db);
  const prepared = [];
  for (const attachment of input.attachments)
    prepared.push({
      name: attachment.name,
      upload: await prepareAttachment(
        attachment.name,
        Buffer.from(attachment.dataBase64, "base64"),
        maxFileBytes,
      ),
    });
  const stored: {
    name: string;
    upload: PreparedUpload;
    blob: StoredFile;
  }[] = [];
  for (const { name, upload } of prepared)
    stored.push({ name, upload, blob: await files.put(upload.bytes) });

  const now = context.clock.now().toISOString();
  let messageId: number;
  try {
    messageId = await db.transaction().execute(async (trx) => {
      // Checked again inside: the partner's setting may have changed meanwhile.
      await requireThread(trx, input.orderId, input.thread);
      const thread = await openThread(trx, input.orderId, input.thread);
      const message = await trx
        .insertInto("messages")
        .values({
          thread_id: thread.id,
          author_kind: "staff",
          author_user_id: user.id,
          author_name: user.name,
          body: JSON.stringify(input.body),
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await noteUnread(trx, thread.id, user.id);
      for (const { name, upload, blob } of stored)
        await trx
          .insertInto("message_attachments")
          .values({
            message_id: message.id,
            name,
            sha256: blob.sha256,
            mime: upload.mime,
            size_bytes: blob.size,
          })
          .execute();
      await trx
        .updateTable("message_threads")
        .set((eb) => ({
          last_message_at: now,
          last_author_kind: "staff",
          last_message_id: message.id,
          message_count: eb("message_count", "+", 1),
        }))
        .where("id", "=", thread.id)
        .execute();
      await markRead(trx, input.orderId, input.thread, user.id);
      return message.id;
    });
  } catch (error) {
    await releaseBlobs(
      db,
      files,
      stored.map((s) => s.blob),
    );
    throw error;
  }
  const { messages } = await listMessages(
    db,
    {
      orderId: input.orderId,
      thread: input.thread,
      before: messageId + 1,
      limit: 1,
    },
    user.id,
  );
  const sent = messages[0];
  if (!sent) throw notFound("message", messageId);
  return sent;
}
