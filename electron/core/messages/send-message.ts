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
import { enqueueMessageEmails } from "../mail/message-email";
import { markRead } from "./mark-read";
import { prepareAttachment } from "./prepare-attachment";
import { openThread } from "./open-thread";
import { postMessage } from "./post-message";
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
      const messageId = await postMessage(trx, {
        threadId: thread.id,
        authorKind: "staff",
        authorUserId: user.id,
        authorName: user.name,
        body: input.body,
        at: now,
        photos: stored.map(({ name, upload, blob }) => ({
          name,
          mime: upload.mime,
          sha256: blob.sha256,
          size: blob.size,
        })),
      });
      await markRead(trx, input.orderId, input.thread, user.id);
      await enqueueMessageEmails(trx, context.secrets, {
        messageId,
        threadId: thread.id,
        orderId: input.orderId,
        thread: input.thread,
        from: { kind: "staff", name: user.name },
        body: input.body,
        at: context.clock.now(),
      });
      return messageId;
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
