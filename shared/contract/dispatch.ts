import { z } from "zod";
import { Capability, Region, type Tier } from "../domain";
import { BusinessDate, Id, paging, SearchText, type Page } from "./common";
import type { OrderRow } from "./orders";
import { op } from "./op";

export interface QueueRow extends OrderRow {
  capabilities: Capability[];
  openOffers: number;
}

export interface Candidate {
  partnerId: number;
  name: string;
  rank: number;
  tier: Tier;
  rating: number | null;
  activeOrders: number;
  capacity: number;
  lastAssignedAt: string | null;
  /** Lower tier: assigning needs a note of how the match was checked. */
  matchReview: boolean;
  /** A key-account order and the partner is not highly rated: assigning is an override. */
  needsOverride: boolean;
  reasons: DispatchReason[];
  /** The one rule that put the candidate here rather than one place higher. */
  placedBy: DispatchReason;
  /** A rating within 0.05 of a tier's threshold: which, how far, and on which side. */
  nearThreshold: {
    tier: "highly_rated" | "compliant";
    by: number;
    side: "below" | "above";
  } | null;
}

export interface ExcludedPartner {
  partnerId: number;
  name: string;
  rule: DispatchReason;
}

/**
 * Why a partner is placed where it is, or kept out: a text of the `dispatch` namespace and the
 * values it needs. Tiers, regions and capabilities stay codes, named in the reader's language when
 * the reason is shown (reasonText in shared/rules/rank-candidates.ts).
 */
export type DispatchReason =
  | { key: "reason.paused" }
  | {
      key: "reason.lacksCapabilities";
      values: { capabilities: Capability[] };
    }
  | { key: "reason.notInRegion"; values: { region: Region } }
  | {
      key: "reason.atCapacity";
      values: { activeOrders: number; capacity: number };
    }
  | { key: "reason.tierRated"; values: { tier: Tier; rating: number } }
  | { key: "reason.tierUnrated"; values: { tier: Tier } }
  | {
      key: "reason.canMake";
      values: { capabilities: Capability[]; region: Region };
    }
  | {
      key: "reason.loadLastAssigned";
      values: { activeOrders: number; capacity: number; date: string };
    }
  | {
      key: "reason.loadNeverAssigned";
      values: { activeOrders: number; capacity: number };
    }
  | { key: "reason.keyAccountOverride" }
  | { key: "reason.newPartner" }
  | { key: "reason.lowerTier" }
  | { key: "reason.sameRating"; values: { partner: string } }
  | { key: "reason.first" }
  | {
      key: "reason.lowerRatingThan";
      values: { rank: number; rating: number };
    }
  | { key: "reason.tieMoreLoad"; values: { rank: number } }
  | { key: "reason.tieAssignedLater"; values: { rank: number } }
  | { key: "reason.tieName"; values: { rank: number } };

export interface OfferRow {
  id: number;
  partnerId: number;
  partnerName: string;
  status: "open" | "accepted" | "refused" | "withdrawn";
  sentAt: string;
  respondedAt: string | null;
}

export interface CandidatesResult {
  order: QueueRow & { version: number; requiresInstallation: boolean };
  keyAccount: boolean;
  noHighlyRatedAvailable: boolean;
  candidates: Candidate[];
  excluded: ExcludedPartner[];
  offers: OfferRow[];
}

export interface AssignmentResult {
  orderId: number;
  partnerId: number;
  assignmentId: number;
  orderVersion: number;
}

export interface OverdueTodo {
  orderId: number;
  number: string;
  partnerId: number;
  partnerName: string;
  kind: string;
  dueDate: string;
  daysOverdue: number;
}

const Text = (what: string) =>
  z.string().trim().min(1, `Write ${what}`).max(2000);

export const dispatchOperations = {
  "dispatch.queue": op<Page<QueueRow>>()({
    input: z
      .object({
        ...paging,
        filter: z
          .object({
            region: Region.optional(),
            capability: Capability.optional(),
            customerId: Id.optional(),
            search: SearchText.optional(),
          })
          .strict()
          .default({}),
      })
      .strict(),
    access: "see",
  }),
  "dispatch.candidates": op<CandidatesResult>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
  "dispatch.offer": op<OfferRow[]>()({
    input: z
      .object({ orderId: Id, partnerIds: z.array(Id).min(1).max(20) })
      .strict(),
    access: "dispatch",
  }),
  "dispatch.respond": op<{
    offer: OfferRow;
    assignment: AssignmentResult | null;
  }>()({
    input: z.object({ offerId: Id, accepted: z.boolean() }).strict(),
    access: "dispatch",
  }),
  "dispatch.assign": op<AssignmentResult>()({
    input: z
      .object({
        orderId: Id,
        partnerId: Id,
        orderVersion: z.number().int().min(1),
        overrideReason: Text(
          "why this partner gets a key-account order",
        ).optional(),
        matchNote: Text("how the match was checked").optional(),
      })
      .strict(),
    access: "dispatch",
  }),
  "dispatch.cancelAssignment": op<{ orderId: number; orderVersion: number }>()({
    input: z
      .object({
        orderId: Id,
        orderVersion: z.number().int().min(1),
        reason: Text("why the assignment is cancelled"),
        /** Absent: the policy's default (counts). */
        countsTowardRating: z.boolean().optional(),
      })
      .strict(),
    access: "dispatch",
  }),
  "todos.overdue": op<OverdueTodo[]>()({
    input: z.object({ asOf: BusinessDate.optional() }).strict(),
    access: "see",
  }),
};
