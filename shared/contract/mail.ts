// Thread messages by email: the mailbox the console reads replies from, and the mail it could not
// place (DOMAIN.md, Messages: answers by email).
import { z } from "zod";
import { threadKinds } from "../domain";
import { Id } from "./common";
import { op } from "./op";
import { smtpSecurities } from "./outbox";
import type { SecretProtection } from "./settings";

const HostName = z
  .string()
  .trim()
  .min(1, "Give the host name")
  .max(253)
  .regex(
    /^[A-Za-z0-9.-]+$/,
    "A host name has letters, digits, dots and hyphens only",
  );

export const ImapSettings = z
  .object({
    enabled: z.boolean(),
    host: HostName,
    port: z.number().int().min(1).max(65_535),
    /** tls: TLS from the start (usually port 993); starttls: upgrade (143); none: loopback tests only. */
    security: z.enum(smtpSecurities),
    user: z.string().trim().min(1, "Give the mailbox's user name").max(200),
    /** The domain of the reply addresses, whose mail reaches this mailbox (e.g. reply.cutr.nl). */
    replyDomain: HostName.refine((h) => h.includes("."), {
      message: "The reply domain is a domain name such as reply.cutr.nl",
    }),
    /** How often the mailbox is read, in minutes. */
    intervalMinutes: z.number().int().min(1).max(60),
  })
  .strict();
export type ImapSettings = z.infer<typeof ImapSettings>;

export interface ImapSettingsView extends ImapSettings {
  passwordSet: boolean;
  passwordProtection: SecretProtection;
  /** Team mode: the password is kept by each console, and only the consoles that have it read. */
  passwordPerConsole: boolean;
  /** When a console last read the mailbox, and what it found wrong then, if anything. */
  lastReadAt: string | null;
  lastError: string | null;
}

/** Why a mail waits in Unmatched mail (the screen words each). */
export const unmatchedReasons = [
  "noThread",
  "badToken",
  "unknownSender",
  "threadClosed",
  "orderCancelled",
  "empty",
  /** Processing failed (a mail the parser cannot read, say): kept rather than blocking the mailbox. */
  "unreadable",
] as const;
export type UnmatchedReason = (typeof unmatchedReasons)[number];

export interface UnmatchedMail {
  id: number;
  fromAddress: string;
  fromName: string | null;
  subject: string;
  snippet: string;
  sentAt: string | null;
  receivedAt: string;
  reason: UnmatchedReason;
  /** The order the mail seems to be about (its token or subject named it), if any. */
  order: { id: number; number: string } | null;
}

/** What one read of the mailbox did (Settings: Read now). */
export interface MailboxRead {
  read: number;
  posted: number;
  /** Kept in Unmatched mail for staff. */
  unmatched: number;
  /** What stopped the read, in the server's or the network's words. */
  error: string | null;
}

export interface MailboxCheck {
  ok: boolean;
  /** What failed, in the server's or the network's words. */
  error: string | null;
  messages: number | null;
}

export const mailOperations = {
  "settings.imap": op<ImapSettingsView | null>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  "settings.updateImap": op<ImapSettingsView>()({
    input: z
      .object({
        settings: ImapSettings,
        /** A new password; absent keeps the current one, null removes it. */
        password: z.string().max(500).nullable().optional(),
      })
      .strict(),
    access: "administer",
  }),
  /** Signs in to the saved mailbox and says what failed, if anything. */
  "settings.testImap": op<MailboxCheck>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  /** Reads the mailbox now instead of at its next interval. */
  "mail.readNow": op<MailboxRead>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  "mail.unmatched": op<{ rows: UnmatchedMail[]; total: number }>()({
    input: z
      .object({ limit: z.number().int().min(1).max(500).default(100) })
      .strict(),
    access: "see",
  }),
  /** Posts an unmatched mail to an order's thread, as written by the order's partner or customer. */
  "mail.attach": op<{ messageId: number }>()({
    input: z
      .object({
        mailId: Id,
        orderId: Id,
        thread: z.enum(threadKinds),
        author: z.enum(["partner", "customer"]),
      })
      .strict(),
    access: "writeMessages",
  }),
  "mail.discard": op<{ id: number }>()({
    input: z
      .object({
        mailId: Id,
        reason: z
          .string()
          .trim()
          .min(1, "Say why the mail is discarded")
          .max(500),
      })
      .strict(),
    access: "writeMessages",
  }),
};
