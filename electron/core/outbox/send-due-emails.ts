// Sends the queued emails that are due, through the admin's SMTP server (nodemailer). Each email
// is claimed before sending, so two consoles never send it twice; no transaction is held open
// while talking to the server. A failure is retried with a growing pause; after the last attempt
// the email is marked failed with its cause, for staff to see and retry in the Outbox. On a team's
// server, only the consoles that hold the SMTP password send.
import type { SendMailOptions } from "nodemailer";
import type { MailHeaders } from "../mail/message-email";
import type { CoreServices } from "../context";
import { ratingNotice, ratingNoticeKind } from "../ratings/rating-notice";
import { noteSenderLooked } from "./outbox-sender";
import { canSendWith, loadSmtp, type SmtpConfig } from "./smtp-settings";

export const maxAttempts = 5;
/** Minutes to wait after the n-th failed attempt. */
const backoffMinutes = (attempts: number) => 2 ** (attempts - 1);
/** An email claimed this long ago by a console that then stopped is claimed again. */
const staleClaimMinutes = 10;

async function transportFor(config: SmtpConfig) {
  // Loaded when mail is first sent: nodemailer would add a tenth of a second to every start.
  const { createTransport } = await import("nodemailer");
  return createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === "tls",
    requireTLS: config.security === "starttls",
    ignoreTLS: config.security === "none",
    auth: config.user
      ? { user: config.user, pass: config.password ?? "" }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

/** The body to send: a rating notice states the rating as it stands now; others as queued. */
async function bodyAsItLeaves(
  services: CoreServices,
  email: { kind: string; order_id: number | null; body: string },
): Promise<string> {
  if (email.kind !== ratingNoticeKind || email.order_id === null)
    return email.body;
  return (await ratingNotice(services.db, email.order_id))?.body ?? email.body;
}

/** A thread message's HTML, photos and headers (message-email.ts); nothing for other emails. */
async function threadMessageParts(
  services: CoreServices,
  email: {
    html: string | null;
    headers: string | null;
    message_ref: number | null;
  },
  from: string,
): Promise<Partial<SendMailOptions>> {
  if (!email.headers) return {};
  const headers = JSON.parse(email.headers) as MailHeaders;
  const photos =
    email.message_ref === null
      ? []
      : await services.db
          .selectFrom("message_attachments")
          .select(["name", "sha256", "mime"])
          .where("message_id", "=", email.message_ref)
          .orderBy("id")
          .execute();
  return {
    from: { name: headers.fromName, address: from },
    html: email.html ?? undefined,
    messageId: headers.messageId,
    inReplyTo: headers.inReplyTo ?? undefined,
    references: headers.references,
    replyTo: headers.replyTo,
    attachments: await Promise.all(
      photos.map(async (photo) => ({
        filename: photo.name,
        contentType: photo.mime,
        content: await services.files.read(photo.sha256),
      })),
    ),
  };
}

/** What nodemailer is given for one outbox email (the bench builds the same to time it). */
export async function mailOptionsOf(
  services: CoreServices,
  email: {
    recipient: string;
    subject: string;
    body: string;
    html: string | null;
    headers: string | null;
    message_ref: number | null;
  },
  from: string,
): Promise<SendMailOptions> {
  return {
    from,
    to: email.recipient,
    subject: email.subject,
    text: email.body,
    ...(await threadMessageParts(services, email, from)),
  };
}

export interface SendReport {
  sent: number;
  failed: number;
  retrying: number;
}

export async function sendDueEmails(
  services: CoreServices,
  batch = 20,
): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, retrying: 0 };
  const config = await loadSmtp(services.db, services.secrets);
  if (!config || !canSendWith(config, services)) return report;
  const { db, clock } = services;
  const now = clock.now();
  // The consoles without the password tell their users whether a sender is at work: noted now and
  // after each email (a batch may take minutes with a slow server). A local database has this one
  // console: nothing to tell, and nothing written when there is nothing to do.
  const noteLooked = () =>
    services.storage.kind === "team"
      ? noteSenderLooked(db, clock.now())
      : Promise.resolve();
  await noteLooked();
  await db
    .updateTable("outbox")
    .set({ status: "queued" })
    .where("status", "=", "sending")
    .where(
      "due_at",
      "<",
      new Date(now.getTime() - staleClaimMinutes * 60_000).toISOString(),
    )
    .execute();
  const due = await db
    .selectFrom("outbox")
    .selectAll()
    .where("status", "=", "queued")
    .where("due_at", "<=", now.toISOString())
    .orderBy("due_at")
    .limit(batch)
    .execute();
  const transport = await transportFor(config);
  try {
    for (const email of due) {
      const claimed = await db
        .updateTable("outbox")
        .set({
          status: "sending",
          attempts: email.attempts + 1,
          // When claimed, not when the batch began: a long batch must not look stale to others.
          due_at: clock.now().toISOString(),
        })
        .where("id", "=", email.id)
        .where("status", "=", "queued")
        .executeTakeFirst();
      if (claimed.numUpdatedRows !== 1n) continue;
      const attempts = email.attempts + 1;
      try {
        const body = await bodyAsItLeaves(services, email);
        await transport.sendMail(
          await mailOptionsOf(services, { ...email, body }, config.from),
        );
        await db
          .updateTable("outbox")
          .set({
            status: "sent",
            sent_at: clock.now().toISOString(),
            last_error: null,
            body,
          })
          .where("id", "=", email.id)
          .execute();
        report.sent++;
      } catch (error) {
        const last = attempts >= maxAttempts;
        await db
          .updateTable("outbox")
          .set({
            status: last ? "failed" : "queued",
            last_error: error instanceof Error ? error.message : String(error),
            due_at: new Date(
              now.getTime() + backoffMinutes(attempts) * 60_000,
            ).toISOString(),
          })
          .where("id", "=", email.id)
          .execute();
        if (last) report.failed++;
        else report.retrying++;
      }
      await noteLooked();
    }
  } finally {
    transport.close();
  }
  return report;
}
