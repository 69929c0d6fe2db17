// The console's timed work, run at start and every hour: the daily refresh of partner ratings as
// the window moves, the automatic approval of delivered orders without feedback, partners whose
// pause ended, the 08:00 digest of unread messages and the partners' and customers' reminder of
// messages they have not answered; and every minute the sending of due emails and webhooks
// and, when its interval has passed, the reading of the mailbox (the team service sends webhooks
// every second, so the platform hears of a change at once). Each job is idempotent, so a run
// that finds nothing to do changes nothing.
import type { CoreServices } from "../context";
import { approveDueOrders } from "../schedule/status-moves";
import { loadPolicy } from "../settings/policy";
import { dailyBackupIfDue } from "../backups/daily-backup";
import { enqueueAnswerReminders } from "../mail/answer-reminder";
import { readMailboxIfDue } from "../mail/read-mailbox-if-due";
import { enqueueDailyDigest } from "../outbox/daily-digest";
import { sendDueEmails } from "../outbox/send-due-emails";
import { deliverDueWebhooks } from "../integrations/webhooks/deliver-webhooks";
import { resumePartnersDue } from "../partners/pause-partner";
import { refreshPartnerRatingsIfNewDay } from "./daily-rating-refresh";

export interface JobOptions {
  /** The daily backup; off only where a measurement must not see it (the benchmark). */
  dailyBackup: boolean;
  /** Also send due webhooks this often (the team service: every second); else every minute. */
  webhookPollMs?: number;
  /** Send webhooks to loopback and private addresses too (CUTR_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivateWebhookReceivers?: boolean;
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

/** Told of every run of a scheduled job: the team service counts them for its metrics. */
export type JobObserver = (
  job: "hourly" | "mailbox" | "outbox" | "webhooks",
  outcome: { ok: boolean; ms: number },
) => void;

export interface ScheduledJobs {
  /** Stops the timers and waits for the job under way to finish (SIGTERM in the service). */
  stop(): Promise<void>;
}

/** Runs the jobs now and then every hour, and every minute reads replies and sends due emails. */
export function scheduleJobs(
  services: CoreServices,
  options: JobOptions = { dailyBackup: true },
  observe: JobObserver = () => undefined,
): ScheduledJobs {
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  // An observer that throws must not turn a job's outcome into an unhandled rejection.
  const tell: JobObserver = (job, outcome) => {
    try {
      observe(job, outcome);
    } catch (error) {
      services.log.error("a job observer failed", error);
    }
  };
  const timed = async <T>(
    job: Parameters<JobObserver>[0],
    work: () => Promise<T>,
    failure: string,
  ): Promise<T | undefined> => {
    const started = performance.now();
    try {
      const value = await work();
      tell(job, { ok: true, ms: performance.now() - started });
      return value;
    } catch (error) {
      tell(job, { ok: false, ms: performance.now() - started });
      services.log.error(failure, error);
      return undefined;
    }
  };
  const track = (work: Promise<unknown>) => {
    running.add(work);
    work.then(
      () => running.delete(work),
      () => running.delete(work),
    );
  };
  const run = () => {
    if (stopped) return;
    track(
      timed(
        "hourly",
        () => runScheduledJobs(services, options),
        "scheduled jobs failed",
      ),
    );
  };
  let sending = false;
  let mailboxReadMs: number | null = null;
  // Replies first, so the emails they cause (a Customer-thread answer passed on) leave at once.
  const send = () => {
    if (sending || stopped) return;
    sending = true;
    track(
      (async () => {
        const readMs = await timed(
          "mailbox",
          () => readMailboxIfDue(services, mailboxReadMs),
          "reading the mailbox failed",
        );
        if (readMs !== undefined) mailboxReadMs = readMs;
        await timed(
          "outbox",
          () => sendDueEmails(services),
          "sending emails failed",
        );
      })().finally(() => {
        sending = false;
      }),
    );
    deliver();
  };
  let delivering = false;
  const deliver = () => {
    if (delivering || stopped) return;
    delivering = true;
    track(
      timed(
        "webhooks",
        () =>
          deliverDueWebhooks(services, {
            allowPrivateReceivers: options.allowPrivateWebhookReceivers,
          }),
        "sending webhooks failed",
      ).finally(() => {
        delivering = false;
      }),
    );
  };
  run();
  send();
  const hourly = setInterval(run, 60 * 60 * 1000);
  const everyMinute = setInterval(send, 60 * 1000);
  const webhookPoll = options.webhookPollMs
    ? setInterval(deliver, options.webhookPollMs)
    : undefined;
  hourly.unref();
  everyMinute.unref();
  webhookPoll?.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(hourly);
      clearInterval(everyMinute);
      clearInterval(webhookPoll);
      await Promise.allSettled([...running]);
    },
  };
}
