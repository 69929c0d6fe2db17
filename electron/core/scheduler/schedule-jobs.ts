// The console's timed work, run at start and every hour: the daily refresh of partner ratings as
// the window moves, the automatic approval of delivered orders without feedback, partners whose
// pause ended, the 08:00 digest of unread messages and the partners' and customers' reminder of
// messages they have not answered; and every minute the sending of due emails
// and, when its interval has passed, the reading of the mailbox. Each job is idempotent, so a run
// that finds nothing to do changes nothing.
import type { CoreServices } from "../context";
import { approveDueOrders } from "../schedule/status-moves";
import { loadPolicy } from "../settings/policy";
import { dailyBackupIfDue } from "../backups/daily-backup";
import { enqueueAnswerReminders } from "../mail/answer-reminder";
import { readMailboxIfDue } from "../mail/read-mailbox-if-due";
import { enqueueDailyDigest } from "../outbox/daily-digest";
import { sendDueEmails } from "../outbox/send-due-emails";
import { resumePartnersDue } from "../partners/pause-partner";
import { refreshPartnerRatingsIfNewDay } from "./daily-rating-refresh";

export interface JobOptions {
  /** The daily backup; off only where a measurement must not see it (the benchmark). */
  dailyBackup: boolean;
}

export async function runScheduledJobs(
  services: CoreServices,
  options: JobOptions = { dailyBackup: true },
): Promise<void> {
  await refreshPartnerRatingsIfNewDay(services);
  const policy = await loadPolicy(services.db);
  const approved = await services.db
    .transaction()
    .execute((trx) =>
      approveDueOrders(trx, services.clock.now(), policy.feedbackWindowDays),
    );
  if (approved > 0)
    services.log.info(
      `Approved ${approved} delivered orders without feedback.`,
    );
  const resumed = await resumePartnersDue(services);
  if (resumed > 0)
    services.log.info(`Resumed ${resumed} partners whose pause ended.`);
  await enqueueDailyDigest(services);
  await enqueueAnswerReminders(services);
  if (options.dailyBackup && (await dailyBackupIfDue(services)))
    services.log.info("Daily backup taken.");
}

/** Runs the jobs now and then every hour, and every minute reads replies and sends due emails; returns a stop function. */
export function scheduleJobs(
  services: CoreServices,
  options: JobOptions = { dailyBackup: true },
): () => void {
  const run = () => {
    runScheduledJobs(services, options).catch((error: unknown) =>
      services.log.error("scheduled jobs failed", error),
    );
  };
  let sending = false;
  let mailboxReadMs: number | null = null;
  // Replies first, so the emails they cause (a Customer-thread answer passed on) leave at once.
  const send = () => {
    if (sending) return;
    sending = true;
    readMailboxIfDue(services, mailboxReadMs)
      .then((readMs) => {
        mailboxReadMs = readMs;
      })
      .catch((error: unknown) =>
        services.log.error("reading the mailbox failed", error),
      )
      .then(() => sendDueEmails(services))
      .catch((error: unknown) =>
        services.log.error("sending emails failed", error),
      )
      .finally(() => {
        sending = false;
      });
  };
  run();
  send();
  const hourly = setInterval(run, 60 * 60 * 1000);
  const everyMinute = setInterval(send, 60 * 1000);
  hourly.unref();
  everyMinute.unref();
  return () => {
    clearInterval(hourly);
    clearInterval(everyMinute);
  };
}
