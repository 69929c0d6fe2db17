import { z } from "zod";
import { Id, paging, SearchText, type Page } from "./common";
import { op } from "./op";
import type { SecretProtection } from "./settings";

export const outboxStatuses = ["queued", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export interface OutboxRow {
  id: number;
  kind: string;
  orderId: number | null;
  orderNumber: string | null;
  recipient: string;
  subject: string;
  body: string;
  dueAt: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export const smtpSecurities = ["tls", "starttls", "none"] as const;

export const SmtpSettings = z
  .object({
    enabled: z.boolean(),
    host: z
      .string()
      .trim()
      .min(1, "Give the SMTP server's host name")
      .max(253)
      .regex(
        /^[A-Za-z0-9.-]+$/,
        "A host name has letters, digits, dots and hyphens only",
      ),
    port: z.number().int().min(1).max(65_535),
    /** tls: TLS from the start (usually port 465); starttls: upgrade (587); none: loopback tests only. */
    security: z.enum(smtpSecurities),
    user: z.string().trim().max(200),
    from: z.email("The sender must be an email address"),
  })
  .strict();
export type SmtpSettings = z.infer<typeof SmtpSettings>;

export interface SmtpSettingsView extends SmtpSettings {
  passwordSet: boolean;
  /** Where the password is kept (the screen words it). */
  passwordProtection: SecretProtection;
  /**
   * Team mode: the password is kept by each console, never in the shared database, and only the
   * consoles that have it send.
   */
  passwordPerConsole: boolean;
}

/**
 * Who sends the queued emails: nobody (no SMTP server set up, or sending switched off), this
 * console, or (team mode, without the SMTP password here) the consoles that hold the password.
 */
export const outboxSenders = [
  "notSetUp",
  "off",
  "thisConsole",
  "otherConsoles",
] as const;

export interface OutboxSender {
  sender: (typeof outboxSenders)[number];
  /** Queued emails already due. */
  waiting: number;
  /** otherConsoles: when one of them last looked for due emails (every minute), if ever. */
  senderLookedAt: string | null;
  /** This console sends, or another looked within the last 5 minutes. */
  senderActive: boolean;
}

export const OutboxListInput = z
  .object({
    filter: z
      .object({
        status: z.enum(outboxStatuses).optional(),
        kind: z.string().trim().max(50).optional(),
        search: SearchText.optional(),
      })
      .strict()
      .default({}),
    ...paging,
  })
  .strict();

export const outboxOperations = {
  /** Who sends the outbox and how many due emails wait, so the Outbox can say why they wait. */
  "outbox.sender": op<OutboxSender>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  "outbox.list": op<Page<OutboxRow>>()({
    input: OutboxListInput,
    access: "see",
  }),
  /** Puts a failed email back in the queue, due now. */
  "outbox.retry": op<OutboxRow>()({
    input: z.object({ id: Id }).strict(),
    access: "see",
  }),
  "settings.smtp": op<SmtpSettingsView | null>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  "settings.updateSmtp": op<SmtpSettingsView>()({
    input: z
      .object({
        settings: SmtpSettings,
        /** A new password; absent keeps the current one, null removes it. */
        password: z.string().max(500).nullable().optional(),
      })
      .strict(),
    access: "administer",
  }),
};
