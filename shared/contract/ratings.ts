import { z } from "zod";
import type { Tier } from "../domain";
import { BusinessDate, Id } from "./common";
import { op } from "./op";

const Stars = z.number().int().min(1).max(5);

/** The six factors of DOMAIN.md: five required, customer satisfaction optional ("if available"). */
export const RatingFactors = z
  .object({
    quality: Stars,
    communication: Stars,
    involvement: Stars,
    deliveryTime: Stars,
    budget: Stars,
    customerSatisfaction: Stars.nullable().optional(),
  })
  .strict();
export type RatingFactors = z.infer<typeof RatingFactors>;

const Reason = z.string().trim().min(1, "Give a reason").max(2000);

/** The texts of the `ratings` namespace (evidence.*) a line of evidence can be. */
export type EvidenceKey =
  | "requested"
  | "movedEarlier"
  | "movedInTime"
  | "movedLate"
  | "noDelivery"
  | "deliveredOnTime"
  | "deliveredLate"
  | "noFinalAmount"
  | "overBudget"
  | "withinBudget"
  | "todosOnTime"
  | "todoLate"
  | "todoNeverDone"
  | "noPhotos"
  | "photosReviewed"
  | "qualityComplaint"
  | "noQuestions"
  | "answers"
  | "unanswered"
  | "noFeedback"
  | "feedback.positive"
  | "feedback.issues";

/**
 * One line of evidence, worded by the screen in the reader's language: the text and its values.
 * Business dates (YYYY-MM-DD) and amounts (cents) come apart, for the screen to write them.
 */
export interface EvidenceLine {
  key: `ratings:evidence.${EvidenceKey}`;
  values?: Record<string, string | number>;
  dates?: Record<string, string>;
  cents?: Record<string, number>;
}

export interface FactorSuggestion {
  /** The suggested stars, or null where the evidence is missing or the factor has no rule. */
  stars: number | null;
  /** The evidence, in words an account manager can repeat to the partner. */
  evidence: EvidenceLine[];
}

export interface RatingSuggestion {
  orderId: number;
  partnerId: number;
  approvedAt: string;
  factors: Record<keyof RatingFactors, FactorSuggestion>;
  /** The rating already given, if any (then use revise). */
  current: (RatingFactors & { score: number; version: number }) | null;
}

export interface RatingResult {
  orderId: number;
  score: number;
  partner: {
    id: number;
    rating: number | null;
    tier: Tier;
    ratedOrders: number;
    tierChanged: boolean;
  };
  /** When the partner will be told (10 working days after approval, 09:00 in Amsterdam). */
  notificationDueAt: string | null;
}

export const ratingOperations = {
  "ratings.suggest": op<RatingSuggestion>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
  "ratings.record": op<RatingResult>()({
    input: z
      .object({
        orderId: Id,
        factors: RatingFactors,
        note: z.string().trim().max(2000).optional(),
      })
      .strict(),
    access: "rate",
  }),
  "ratings.revise": op<RatingResult>()({
    input: z
      .object({
        version: z.number().int().min(1),
        orderId: Id,
        factors: RatingFactors,
        reason: Reason,
      })
      .strict(),
    access: "rate",
  }),
};

export interface ClosingDay {
  date: string;
  name: string;
}

export const calendarOperations = {
  "calendar.closingDays": op<ClosingDay[]>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  "calendar.addClosingDay": op<ClosingDay[]>()({
    input: z
      .object({
        date: BusinessDate,
        name: z.string().trim().min(1, "Name the closing day").max(100),
      })
      .strict(),
    access: "administer",
  }),
  "calendar.removeClosingDay": op<ClosingDay[]>()({
    input: z.object({ date: BusinessDate }).strict(),
    access: "administer",
  }),
  "calendar.addWorkingDays": op<{ date: string }>()({
    input: z
      .object({ date: BusinessDate, days: z.number().int().min(0).max(3660) })
      .strict(),
    access: "see",
  }),
};
