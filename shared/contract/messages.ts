import { z } from "zod";
import { CommunicationSetting, threadKinds, type ThreadKind } from "../domain";
import { MessageBody, type MessageDoc } from "../message-body";
import { Id } from "./common";
import { FileName } from "./files";
import { op } from "./op";

export type AuthorKind = "staff" | "partner" | "customer";

export interface MessageAttachmentInfo {
  id: number;
  name: string;
  mime: string;
  sizeBytes: number;
}

export interface Message {
  id: number;
  threadKind: ThreadKind;
  authorKind: AuthorKind;
  authorName: string;
  /** Whether the signed-in user wrote it. */
  mine: boolean;
  body: MessageDoc;
  createdAt: string;
  attachments: MessageAttachmentInfo[];
}

/** Why an order has no Customer thread, as the screen words it (`t(key, values)`). */
export type ThreadUnavailableReason =
  | { key: "orders:messages.unavailable.noDirectMessaging"; values?: never }
  | {
      key: "orders:messages.unavailable.cutrOnly";
      values: { partner: string };
    }
  | { key: "orders:messages.unavailable.notAssigned"; values?: never };

/** The Cutr thread of an assignment that has ended: closed, kept for staff to read. */
export interface EarlierThread {
  assignmentId: number;
  partnerName: string;
  assignedAt: string;
  endedAt: string;
  messageCount: number;
}

export interface ThreadInfo {
  kind: ThreadKind;
  /** False for the Customer thread of an order without direct messaging or of a `cutr_only` partner. */
  available: boolean;
  /** Why the thread is not available: a text of the `orders` namespace and its values. */
  unavailableReason: ThreadUnavailableReason | null;
  messageCount: number;
  unread: number;
  /** The last message is from the partner or the customer and Cutr has not replied. */
  unanswered: boolean;
  /** Unanswered for longer than the reply time (policy, in business hours). */
  overdue: boolean;
  lastMessageAt: string | null;
  /** The Cutr threads of the order's ended assignments, oldest first (none for the Customer thread). */
  earlier: EarlierThread[];
  /** Who a staff message here also reaches by email; null while the mail channel is off. */
  emailTo: { kind: "partner" | "customer"; name: string }[] | null;
}

export interface InboxRow {
  orderId: number;
  orderNumber: string;
  orderTitle: string;
  partnerId: number | null;
  partnerName: string | null;
  customerId: number;
  customerName: string;
  kind: ThreadKind;
  lastMessageAt: string;
  lastAuthorKind: AuthorKind;
  lastAuthorName: string;
  snippet: string;
  unread: number;
  unanswered: boolean;
  overdue: boolean;
}

export interface MessageCounts {
  unread: number;
  unanswered: number;
  /** Threads unread or unanswered (either or both): what the inbox lists first. */
  waiting: number;
}

const Thread = z.enum(threadKinds);

export const Attachment = z
  .object({
    name: FileName,
    dataBase64: z
      .base64("The attachment is not valid base64")
      .min(1, "The attachment is empty"),
  })
  .strict();

export const messageOperations = {
  "messages.threads": op<ThreadInfo[]>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
  "messages.list": op<{ messages: Message[]; hasMore: boolean }>()({
    input: z
      .object({
        orderId: Id,
        thread: Thread,
        /** An ended assignment's Cutr thread instead of the open one. */
        assignmentId: Id.optional(),
        /** Messages older than this message id (for paging back). */
        before: Id.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    access: "see",
  }),
  "messages.send": op<Message>()({
    input: z
      .object({
        orderId: Id,
        thread: Thread,
        body: MessageBody,
        attachments: z
          .array(Attachment)
          .max(10, "At most 10 photos per message")
          .default([]),
      })
      .strict(),
    access: "writeMessages",
  }),
  "messages.markRead": op<ThreadInfo[]>()({
    input: z.object({ orderId: Id, thread: Thread }).strict(),
    access: "see",
  }),
  "messages.inbox": op<{ rows: InboxRow[]; total: number }>()({
    input: z
      .object({
        filter: z
          .object({
            partnerId: Id.optional(),
            customerId: Id.optional(),
            kind: Thread.optional(),
            /** 'waiting': unread or unanswered (the default); or only one of the two. */
            show: z
              .enum(["waiting", "unread", "unanswered"])
              .default("waiting"),
          })
          .strict()
          .default({ show: "waiting" }),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    access: "see",
  }),
  "messages.unreadCount": op<MessageCounts>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  "partners.setCommunication": op<{
    partnerId: number;
    communication: z.infer<typeof CommunicationSetting>;
  }>()({
    input: z.object({ partnerId: Id, setting: CommunicationSetting }).strict(),
    access: "rate",
  }),
};
