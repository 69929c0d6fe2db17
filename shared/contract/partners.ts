import { z } from "zod";
import { Capability, CommunicationSetting, Region, Tier } from "../domain";
import { LanguageSchema, type Language } from "../i18n/languages";
import {
  AddressInput,
  BusinessDate,
  EmailAddress,
  ExternalRef,
  Id,
  paging,
  PhoneNumber,
  ReasonText,
  SearchText,
  sortDirection,
  Version,
  type Address,
  type Page,
  type Saved,
} from "./common";
import type { HistoryEntry, OrderRow } from "./orders";
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

export interface PartnerPause {
  reason: string;
  since: string;
  /** The business date on which the partner is active again by itself, if one was given. */
  resumesOn: string | null;
}

export interface PartnerDetail extends PartnerRow {
  version: number;
  contactName: string;
  email: string;
  phone: string;
  /** The language of the emails the partner gets. */
  language: Language;
  address: Address;
  externalRef: string | null;
  capabilities: Capability[];
  regions: Region[];
  /** Why and until when the partner is paused; null while it is active. */
  pause: PartnerPause | null;
  lastAssignedAt: string | null;
  recentOrders: OrderRow[];
}

/** Everything a person sets on a partner; the rating, tier and load are the console's. */
export const PartnerFields = z
  .object({
    name: z.string().trim().min(1, "Give the partner's name").max(200),
    contactName: z
      .string()
      .trim()
      .min(1, "Give the contact person's name")
      .max(200),
    email: EmailAddress,
    phone: PhoneNumber,
    language: LanguageSchema,
    address: AddressInput,
    regions: z
      .array(Region)
      .min(1, "Choose at least one region")
      .max(200)
      .refine((codes) => new Set(codes).size === codes.length, {
        message: "A region is listed twice",
      }),
    capabilities: z
      .array(Capability)
      .min(1, "Choose at least one capability")
      .max(200)
      .refine((codes) => new Set(codes).size === codes.length, {
        message: "A capability is listed twice",
      }),
    capacity: z
      .number()
      .int()
      .min(1, "A partner takes at least one order at once")
      .max(1000),
    communication: CommunicationSetting,
    externalRef: ExternalRef.nullable().default(null),
  })
  .strict();
export type PartnerFields = z.input<typeof PartnerFields>;

export const PartnerUpdateInput = PartnerFields.extend({
  id: Id,
  version: Version,
}).strict();

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
  "partners.create": op<Saved>()({
    input: PartnerFields,
    access: "editPartners",
  }),
  "partners.update": op<Saved>()({
    input: PartnerUpdateInput,
    access: "editPartners",
  }),
  /** Takes the partner out of dispatch; its open offers are withdrawn and it is told. */
  "partners.pause": op<Saved>()({
    input: z
      .object({
        id: Id,
        version: Version,
        reason: ReasonText,
        /** The partner is active again by itself on this day. */
        resumesOn: BusinessDate.optional(),
      })
      .strict(),
    access: "pausePartners",
  }),
  "partners.resume": op<Saved>()({
    input: z.object({ id: Id, version: Version }).strict(),
    access: "pausePartners",
  }),
  /** Every change to the partner itself, newest first (its orders have their own history). */
  "partners.history": op<Page<HistoryEntry>>()({
    input: z.object({ partnerId: Id, ...paging }).strict(),
    access: "see",
  }),
  /** The language of the partner's emails; changed by whoever may change its communication setting. */
  "partners.setLanguage": op<{ partnerId: number; language: Language }>()({
    input: z.object({ partnerId: Id, language: LanguageSchema }).strict(),
    access: "rate",
  }),
};
