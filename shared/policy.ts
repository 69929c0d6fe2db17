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
  /** Business hours, Amsterdam time on working days: from this hour to that one (09:00-17:00). */
  businessDayStartHour: number;
  businessDayEndHour: number;
  /** The hour the daily reminder of unread messages is written (08:00). */
  digestHour: number;
  /** The hour of the notice day the partner's rating notice leaves (09:00). */
  ratingNoticeHour: number;
  /** The check-in and kick-off dates proposed: this many working days after the assignment. */
  meetingFirstProposalWorkingDays: number;
  meetingSecondProposalWorkingDays: number;
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
  /** Suggested quality stars: the most photos rejected at first review that still earn 5, 4 and 3 stars; more earn 2. */
  qualityRejections: [number, number, number];
  /** A customer complaint about quality caps the suggested quality stars at this. */
  qualityComplaintCap: number;
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
  businessDayStartHour: 9,
  businessDayEndHour: 17,
  digestHour: 8,
  ratingNoticeHour: 9,
  meetingFirstProposalWorkingDays: 2,
  meetingSecondProposalWorkingDays: 3,
  maxFileBytes: 50 * 1024 * 1024,
  backupDailyKeep: 7,
  backupWeeklyKeep: 4,
  deliveryLateDays: [0, 2, 5, 10],
  budgetOverPercent: [0, 2, 5, 10],
  communicationLatePercent: [10, 25, 50, 75],
  qualityRejections: [0, 1, 2],
  qualityComplaintCap: 2,
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
    businessDayStartHour: z.number().int().min(0).max(23),
    businessDayEndHour: z.number().int().min(1).max(24),
    digestHour: z.number().int().min(0).max(23),
    ratingNoticeHour: z.number().int().min(0).max(23),
    meetingFirstProposalWorkingDays: z.number().int().min(1).max(30),
    meetingSecondProposalWorkingDays: z.number().int().min(1).max(30),
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
    qualityRejections: z
      .tuple([
        z.number().int().min(0),
        z.number().int().min(0),
        z.number().int().min(0),
      ])
      .refine((l) => l[0] < l[1] && l[1] < l[2], {
        message: "Each band must be above the one before it",
      }),
    qualityComplaintCap: z.number().int().min(1).max(5),
  })
  .strict()
  .refine((p) => p.compliantFrom < p.highlyRatedFrom, {
    message: "The compliant threshold must be below the highly rated one",
    path: ["compliantFrom"],
  })
  .refine((p) => p.businessDayStartHour < p.businessDayEndHour, {
    message: "Business hours must end after they start",
    path: ["businessDayEndHour"],
  })
  .refine(
    (p) =>
      p.meetingFirstProposalWorkingDays < p.meetingSecondProposalWorkingDays,
    {
      message: "The second proposed date must come after the first",
      path: ["meetingSecondProposalWorkingDays"],
    },
  );
