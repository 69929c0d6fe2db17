import { z } from "zod";
import { Capability, Region, Tier, type CommunicationSetting } from "../domain";
import { Id, paging, SearchText, sortDirection, type Page } from "./common";
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
}

export interface PartnerDetail extends PartnerRow {
  email: string;
  phone: string;
  capabilities: Capability[];
  regions: Region[];
  lastAssignedAt: string | null;
  recentOrders: OrderRow[];
}

export const partnerOperations = {
  "partners.list": op<Page<PartnerRow>>()({
    input: PartnersListInput,
    access: "see",
  }),
  "partners.get": op<PartnerDetail>()({
    input: z.object({ id: Id }).strict(),
    access: "see",
  }),
};
