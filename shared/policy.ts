// The policy values of DOMAIN.md (marked **policy** there), in one place. Admins may change them
// in Settings; these are the defaults a new database starts with.
import { z } from "zod";

export interface Policy {
  /** Tier thresholds on the unrounded partner rating. */
  highlyRatedFrom: number;
  compliantFrom: number;
  /** How far back order scores count toward a partner's rating. */
  ratingWindowMonths: number;
  /** The order score a counted cancellation enters the rating with. */
  cancellationScore: number;
  /** Whether a cancelled assignment counts toward the rating unless the dispatcher excuses it. */
  cancellationCountsByDefault: boolean;
  /** A delay is reported in time when recorded at least this many days before the date it replaces. */
  inTimeNoticeDays: number;
  /** Partner to-dos are due this many calendar days after assignment. */
  todoDueDays: number;
  /** The customer's feedback window after delivery; without feedback the order is approved. */
  feedbackWindowDays: number;
  /** The partner hears of an order's rating this many working days after approval, at 09:00. */
  ratingNoticeWorkingDays: number;
  /** Cutr answers a waiting thread within this many business hours. */
  replyWithinBusinessHours: number;
  /** Largest file accepted by an import, in bytes. */
  maxFileBytes: number;
  /** Daily backups kept, newest first. */
  backupDailyKeep: number;
  /** Weekly backups kept beyond the daily ones (the newest of each week). */
  backupWeeklyKeep: number;
  /** Suggested delivery-time stars: the most days late that still earn 5, 4, 3 and 2 stars. */
  deliveryLateDays: [number, number, number, number];
  /** Suggested budget stars: the most percent over the agreed amount that still earns 5, 4, 3 and 2 stars. */
  budgetOverPercent: [number, number, number, number];
  /**
   * Suggested communication stars: the most percent of Cutr's messages the partner answered later
   * than `replyWithinBusinessHours` that still earns 5, 4, 3 and 2 stars.
   */
  communicationLatePercent: [number, number, number, number];
}

export const defaultPolicy: Policy = {
  highlyRatedFrom: 4.5,
  compliantFrom: 4.0,
  ratingWindowMonths: 24,
  cancellationScore: 1.0,
  cancellationCountsByDefault: true,
  inTimeNoticeDays: 14,
  todoDueDays: 3,
  feedbackWindowDays: 14,
  ratingNoticeWorkingDays: 10,
  replyWithinBusinessHours: 12,
  maxFileBytes: 50 * 1024 * 1024,
  backupDailyKeep: 7,
  backupWeeklyKeep: 4,
  deliveryLateDays: [0, 2, 5, 10],
  budgetOverPercent: [0, 2, 5, 10],
  communicationLatePercent: [10, 25, 50, 75],
};

const ascendingLimits = z
  .tuple([
    z.number().min(0),
    z.number().min(0),
    z.number().min(0),
    z.number().min(0),
  ])
  .refine(
    (limits) =>
      limits.every((limit, i) => i === 0 || limit > (limits[i - 1] ?? 0)),
    {
      message: "Each band must be above the one before it",
    },
  );

/** The largest file size an admin may allow; transports size their body limits from it. */
export const maxFileBytesCeiling = 200 * 1024 * 1024;

/** A rating value in hundredths (4.5, 3.75): tiers and cancellation scores are compared exactly. */
const ratingValue = z
  .number()
  .min(1)
  .max(5)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, {
    message: "Use at most two decimals",
  });

/** What an admin may set: every policy value with its sensible range. */
export const PolicySchema = z
  .object({
    highlyRatedFrom: ratingValue,
    compliantFrom: ratingValue,
    ratingWindowMonths: z.number().int().min(1).max(120),
    cancellationScore: ratingValue,
    cancellationCountsByDefault: z.boolean(),
    inTimeNoticeDays: z.number().int().min(0).max(90),
    todoDueDays: z.number().int().min(1).max(30),
    feedbackWindowDays: z.number().int().min(1).max(90),
    ratingNoticeWorkingDays: z.number().int().min(1).max(60),
    replyWithinBusinessHours: z.number().int().min(1).max(200),
    maxFileBytes: z
      .number()
      .int()
      .min(1024 * 1024)
      .max(maxFileBytesCeiling),
    backupDailyKeep: z.number().int().min(1).max(60),
    backupWeeklyKeep: z.number().int().min(0).max(52),
    deliveryLateDays: ascendingLimits,
    budgetOverPercent: ascendingLimits,
    communicationLatePercent: ascendingLimits,
  })
  .strict()
  .refine((p) => p.compliantFrom < p.highlyRatedFrom, {
    message: "The compliant threshold must be below the highly rated one",
    path: ["compliantFrom"],
  });
