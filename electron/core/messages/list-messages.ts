// messages.list: a thread's messages, oldest first, a page at a time going back.
import type { Kysely } from "kysely";
import type { AuthorKind, Message } from "../../../shared/contract";
import type { ThreadKind } from "../../../shared/domain";
import { MessageBody, type MessageDoc } from "../../../shared/message-body";
import type { Database } from "../db/schema";

/**
 * A stored body, checked again on the way out: a row written by another tool (an import, a
 * future partner portal) that does not fit the structure is shown as its plain text, never as
 * markup.
 */
export function storedBody(stored: string): MessageDoc {
  try {
    const parsed = MessageBody.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through to plain text
  }
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: stored || " " }] },
    ],
  };
}

export async function listMessages(
  db: Kysely<Database>,
  input: {
    orderId: number;
    thread: ThreadKind;
    assignmentId?: number;
    before?: number;
    limit: number;
  },
  userId: number,
): Promise<{ messages: Message[]; hasMore: boolean }> {
  const rows = await db
    .selectFrom("messages")
    .innerJoin("message_threads", "message_threads.id", "messages.thread_id")
    .select([
      "messages.id",
      "messages.author_kind",
      "messages.author_user_id",
      "messages.author_name",
      "messages.body",
      "messages.created_at",
    ])
    .where("message_threads.order_id", "=", input.orderId)
    .where("message_threads.kind", "=", input.thread)
    .$if(input.assignmentId === undefined, (q) =>
      q.where("message_threads.ended_at", "is", null),
    )
    .$if(input.assignmentId !== undefined, (q) =>
      q
        .where(
          "message_threads.assignment_id",
          "=",
          input.assignmentId as number,
        )
        .where("message_threads.ended_at", "is not", null),
    )
    .$if(input.before !== undefined, (q) =>
      q.where("messages.id", "<", input.before as number),
    )
    .orderBy("messages.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit).reverse();
  const attachments =
    page.length === 0
      ? []
      : await db
          .selectFrom("message_attachments")
          .select(["id", "message_id", "name", "mime", "size_bytes"])
          .where(
            "message_id",
            "in",
            page.map((m) => m.id),
          )
          .orderBy("id")
          .execute();
  return {
    hasMore: rows.length > input.limit,
    messages: page.map((row) => ({
      id: row.id,
      threadKind: input.thread,
      authorKind: row.author_kind as AuthorKind,
      authorName: row.author_name,
      mine: row.author_user_id === userId,
      body: storedBody(row.body),
      createdAt: row.created_at,
      attachments: attachments
        .filter((a) => a.message_id === row.id)
        .map((a) => ({
          id: a.id,
          name: a.name,
          mime: a.mime,
          sizeBytes: a.size_bytes,
        })),
    })),
  };
}
