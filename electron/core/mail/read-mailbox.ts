// Reads the replies that arrived in the mailbox since the last read (imapflow), a batch at a time,
// and hands each to processIncomingMail. Where to go on is known from mail_in itself (the highest
// UID kept for this mailbox), so nothing else needs saving and a console stopped halfway starts
// again at the first mail it did not keep. The mailbox is only read, never changed.
import type { ImapFlow } from "imapflow";
import type { MailboxCheck } from "../../../shared/contract";
import type { CoreServices } from "../context";
import {
  canReadWith,
  loadImap,
  noteMailboxRead,
  type ImapConfig,
} from "./imap-settings";
import {
  processIncomingMail,
  setAsideUnreadable,
  UnreadableMailError,
  type MailOutcome,
} from "./incoming-mail";

export async function imapClient(config: ImapConfig): Promise<ImapFlow> {
  // Loaded when the mailbox is first read: the mail libraries take a quarter of a second to load.
  const { ImapFlow } = await import("imapflow");
  return new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.security === "tls",
    doSTARTTLS:
      config.security === "starttls"
        ? true
        : config.security === "none"
          ? false
          : undefined,
    auth: { user: config.user, pass: config.password ?? "" },
    logger: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
}

export interface ReadReport {
  read: number;
  outcomes: Partial<Record<MailOutcome["status"], number>>;
  error: string | null;
}

export async function readMailbox(
  services: CoreServices,
  options: { batch?: number } = {},
): Promise<ReadReport | null> {
  const config = await loadImap(services.db, services.secrets);
  if (!config || !canReadWith(config)) return null;
  const batch = options.batch ?? 200;
  const report: ReadReport = { read: 0, outcomes: {}, error: null };
  const client = await imapClient(config);
  try {
    await client.connect();
    const lock = await client.getMailboxLock("INBOX", { readOnly: true });
    try {
      const box = client.mailbox;
      if (!box) throw new Error("The mailbox INBOX could not be opened.");
      const mailbox = `INBOX:${box.uidValidity}`;
      const last = await services.db
        .selectFrom("mail_in")
        .select((eb) => eb.fn.max("uid").as("uid"))
        .where("mailbox", "=", mailbox)
        .executeTakeFirst();
      // On from the last mail kept, a batch of UIDs at a time; a range with no mail in it (UIDs
      // of mails deleted or moved away) is passed over, not read again.
      for (
        let from = Number(last?.uid ?? 0) + 1;
        from < box.uidNext;
        from += batch
      ) {
        const to = Math.min(box.uidNext - 1, from + batch - 1);
        // Fetched whole first: no other IMAP command may run while a FETCH streams.
        const mails = await client.fetchAll(
          `${from}:${to}`,
          { uid: true, source: true },
          { uid: true },
        );
        for (const mail of mails) {
          if (!mail.source || mail.uid < from) continue;
          const incoming = { mailbox, uid: mail.uid, source: mail.source };
          // A mail the parser cannot read is set aside; any other failure (the database
          // gone, say) stops the read here, and the next one starts again at this mail.
          const outcome = await processIncomingMail(
            services,
            incoming,
            config.replyDomain,
          ).catch((error: unknown) => {
            if (!(error instanceof UnreadableMailError)) throw error;
            return setAsideUnreadable(services, incoming, error);
          });
          report.read++;
          report.outcomes[outcome.status] =
            (report.outcomes[outcome.status] ?? 0) + 1;
        }
      }
    } finally {
      lock.release();
    }
    await client.logout();
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    client.close();
  }
  await noteMailboxRead(services.db, services.clock.now(), report.error);
  return report;
}

/** Signs in to the saved mailbox and counts its mails: the Settings screen's test button. */
export async function checkMailbox(
  services: Pick<CoreServices, "db" | "secrets">,
): Promise<MailboxCheck> {
  const config = await loadImap(services.db, services.secrets);
  if (!config)
    return { ok: false, error: "The mailbox is not set up.", messages: null };
  const client = await imapClient(config);
  try {
    await client.connect();
    const status = await client.status("INBOX", { messages: true });
    await client.logout();
    return {
      ok: true,
      error: null,
      messages: status ? (status.messages ?? null) : null,
    };
  } catch (error) {
    client.close();
    const reason =
      error instanceof Error
        ? [error.message, (error as { responseText?: string }).responseText]
            .filter(Boolean)
            .join(": ")
        : String(error);
    return { ok: false, error: reason, messages: null };
  }
}
