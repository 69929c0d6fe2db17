// The console's timed work, run at start and every hour: the daily refresh of partner ratings as
// the window moves, and the automatic approval of delivered orders without feedback. Each job is
// idempotent, so a run that finds nothing to do changes nothing.
import type { CoreServices } from "../context";
import { approveDueOrders } from "../schedule/status-moves";
import { loadPolicy } from "../settings/policy";
import { refreshPartnerRatingsIfNewDay } from "./daily-rating-refresh";

export async function runScheduledJobs(services: CoreServices): Promise<void> {
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
}

/** Runs the jobs now and then every hour; returns a stop function. */
export function scheduleJobs(services: CoreServices): () => void {
  const run = () => {
    runScheduledJobs(services).catch((error: unknown) =>
      services.log.error("scheduled jobs failed", error),
    );
  };
  run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
