import { z } from "zod";
import { Capability, Region, Tier, type CommunicationSetting } from "../domain";
import { LanguageSchema, type Language } from "../i18n/languages";
import {
  BusinessDate,
  Id,
  paging,
  SearchText,
  sortDirection,
  type Page,
} from "./common";
import type { OrderRow } from "./orders";
import { op } from "./op";

export const partnerSortColumns = [
  "name",
  "rating",
  "ratedOrders",
  "activeOrders",
  "city",
] as const;

export const PartnersListInput = z
  .object({
    ...paging,
    sort: z
      .object({ column: z.enum(partnerSortColumns), direction: sortDirection })
      .strict()
      .default({ column: "name", direction: "asc" }),
    filter: z
      .object({
        tier: Tier.optional(),
        region: Region.optional(),
        capability: Capability.optional(),
        active: z.boolean().optional(),
        search: SearchText.optional(),
        /** Only rated partners within 0.1 of a tier boundary (4.0 or 4.5 by default). */
        nearBoundary: z.boolean().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type PartnersListInput = z.input<typeof PartnersListInput>;

export interface PartnerRow {
  id: number;
  name: string;
  city: string;
  country: string;
  tier: Tier;
  rating: number | null;
  ratedOrders: number;
  activeOrders: number;
  capacity: number;
  active: boolean;
  communication: CommunicationSetting;
  /** The rating now minus the rating 90 days ago (null when either is missing). */
  trend90d: number | null;
}

export interface PartnerDetail extends PartnerRow {
  email: string;
  phone: string;
  /** The language of the emails the partner gets. */
  language: Language;
  capabilities: Capability[];
  regions: Region[];
  lastAssignedAt: string | null;
  recentOrders: OrderRow[];
}

export interface ScorePoint {
  /** The end of the bucket (or the instant of the change, unbucketed). */
  at: string;
  rating: number | null;
  tier: Tier;
  ratedOrders: number;
}

export interface PartnerScore {
  rating: number | null;
  tier: Tier;
  ratedOrders: number;
  windowStart: string;
  /** The last changes, newest last. */
  history: ScorePoint[];
}

export interface FactorAverages {
  bucket: string;
  quality: number;
  communication: number;
  involvement: number;
  deliveryTime: number;
  budget: number;
  customerSatisfaction: number | null;
  orders: number;
}

export interface PartnerScoreHistory {
  points: ScorePoint[];
  factors: FactorAverages[];
  /** How many order scores fall in each half-star band, 1.0 to 5.0. */
  distribution: { from: number; count: number }[];
}

export const ScoreHistoryInput = z
  .object({
    partnerId: Id,
    from: BusinessDate.optional(),
    to: BusinessDate.optional(),
    bucket: z.enum(["day", "week", "month"]).default("week"),
  })
  .strict();

export interface RatedOrderRow {
  orderId: number;
  number: string;
  source: "rating" | "cancellation";
  scoredOn: string;
  score: number;
  factors: Record<string, number | null> | null;
  revisions: number;
}

export const partnerOperations = {
  "partners.tiers": op<{ tier: Tier; count: number }[]>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  "partners.ratedOrders": op<Page<RatedOrderRow>>()({
    input: z.object({ partnerId: Id, ...paging }).strict(),
    access: "see",
  }),
  "partners.list": op<Page<PartnerRow>>()({
    input: PartnersListInput,
    access: "see",
  }),
  "partners.score": op<PartnerScore>()({
    input: z.object({ partnerId: Id }).strict(),
    access: "see",
  }),
  "partners.scoreHistory": op<PartnerScoreHistory>()({
    input: ScoreHistoryInput,
    access: "see",
  }),
  "partners.get": op<PartnerDetail>()({
    input: z.object({ id: Id }).strict(),
    access: "see",
  }),
  /** The language of the partner's emails; changed by whoever may change its communication setting. */
  "partners.setLanguage": op<{ partnerId: number; language: Language }>()({
    input: z.object({ partnerId: Id, language: LanguageSchema }).strict(),
    access: "rate",
  }),
};
