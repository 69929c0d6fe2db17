// A partner's or customer's message arriving from outside (an emailed answer, the platform's API):
// posted to its thread as theirs, and, in the Customer thread (a three-way conversation), passed
// on by email to the other outside participant.
import type { Kysely } from "kysely";
import type { MessageDoc } from "../../../shared/message-body";
import type { ThreadKind } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { enqueueMessageEmails } from "../mail/message-email";
import type { SecretStore } from "../secrets/secret-store";
import { postMessage, type StoredPhoto } from "./post-message";

export async function postOutsideMessage(
  trx: Kysely<Database>,
  secrets: SecretStore,
  message: {
    thread: { id: number; orderId: number; kind: ThreadKind };
    author: "partner" | "customer";
    authorName: string;
    body: MessageDoc;
    at: Date;
    photos: StoredPhoto[];
  },
): Promise<number> {
  const { thread, author, authorName, body, at } = message;
  const messageId = await postMessage(trx, {
    threadId: thread.id,
    authorKind: author,
    authorUserId: null,
    authorName,
    body,
    at: at.toISOString(),
    photos: message.photos,
  });
  if (thread.kind === "customer")
    await enqueueMessageEmails(trx, secrets, {
      messageId,
      threadId: thread.id,
      orderId: thread.orderId,
      thread: "customer",
      from: { kind: author, name: authorName },
      body,
      at,
      except: author,
    });
  return messageId;
}
