// Ratings count the order scores of the last 24 months: as days pass, old scores leave the window
// and a partner's rating and tier change without anyone rating anything. Once per business day,
// every partner is recomputed so that dispatch never ranks on yesterday's window.
import { businessDateOf } from "../../../shared/rules/business-time";
import type { CoreServices } from "../context";
import { recomputeAllPartners } from "../ratings/recompute-all";
import { loadPolicy } from "../settings/policy";
import { saveSetting } from "../settings/save-setting";
import { lockJob } from "../db/dialect";

const lastRunKey = "scheduler.partnerRatingsRefreshedOn";

/** Recomputes every partner if it has not been done today; says whether it ran. */
export async function refreshPartnerRatingsIfNewDay(
  services: CoreServices,
): Promise<boolean> {
  const now = services.clock.now();
  const today = businessDateOf(now);
  return services.db.transaction().execute(async (trx) => {
    await lockJob(trx, "daily_rating_refresh");
    const last = await trx
      .selectFrom("settings")
      .select("value")
      .where("key", "=", lastRunKey)
      .executeTakeFirst();
    if (last && JSON.parse(last.value) === today) return false;
    const policy = await loadPolicy(trx);
    const { tierChanges } = await recomputeAllPartners(trx, {
      policy,
      now,
      cause: "rating window moved",
    });
    await saveSetting(trx, lastRunKey, today, { userId: null, at: now });
    if (tierChanges > 0)
      services.log.info(
        `Daily rating refresh: ${tierChanges} partners changed tier.`,
      );
    return true;
  });
}
