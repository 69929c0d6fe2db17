// The business vocabulary of DOMAIN.md ("Identifiers"), defined once for the core and the renderer.
import { z } from "zod";

export const roles = [
  "dispatcher",
  "quality_reviewer",
  "account_manager",
  "admin",
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const orderStatuses = [
  "open",
  "assigned",
  "ready",
  "delivered",
  "in_review",
  "approved",
  "cancelled",
] as const;
export const OrderStatus = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const tiers = ["highly_rated", "compliant", "new", "lower"] as const;
export const Tier = z.enum(tiers);
export type Tier = z.infer<typeof Tier>;

export const ratingFactors = [
  "quality",
  "communication",
  "involvement",
  "deliveryTime",
  "budget",
  "customerSatisfaction",
] as const;
export type RatingFactor = (typeof ratingFactors)[number];

export const fileFolders = [
  "finished_product",
  "packed_product",
  "production_drawing",
  "sample_picture",
  "signed_packing_slip",
] as const;
export type FileFolder = (typeof fileFolders)[number];

/** Folders whose files a quality reviewer approves or rejects (DOMAIN.md, Files). */
export const reviewableFolders = [
  "finished_product",
  "packed_product",
  "production_drawing",
  "sample_picture",
] as const satisfies readonly FileFolder[];
export type ReviewableFolder = (typeof reviewableFolders)[number];

export const reviewStates = ["pending", "approved", "rejected"] as const;
export type ReviewState = (typeof reviewStates)[number];

export const milestoneKinds = [
  "measure_up",
  "production_drawing_ready",
  "installation",
  "custom",
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const todoKinds = [
  "material_arrival",
  "planned_completion",
  "delivery_schedule",
  "invoice_reference",
] as const;
export type TodoKind = (typeof todoKinds)[number];

export const taskKinds = ["check_in_meeting", "kick_off_call"] as const;
export type TaskKind = (typeof taskKinds)[number];
/** A check-in or kick-off: dates proposed (open), scheduled, then done or cancelled. */
export const taskStatuses = ["open", "scheduled", "done", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const fulfilmentMethods = [
  "delivery",
  "installation",
  "pickup",
] as const;
export type FulfilmentMethod = (typeof fulfilmentMethods)[number];

export const threadKinds = ["cutr", "customer"] as const;
export type ThreadKind = (typeof threadKinds)[number];

export const communicationSettings = [
  "customer_chat_allowed",
  "cutr_only",
] as const;
export const CommunicationSetting = z.enum(communicationSettings);
export type CommunicationSetting = z.infer<typeof CommunicationSetting>;

/**
 * The code of an entry of a list that admins keep in Settings (a capability, a region): letters,
 * digits, "_" and "-". Which codes exist is data (the capabilities and regions tables), not a type,
 * so a partner that starts making glass or serving Antwerp needs no release.
 */
export const CatalogCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    "Use letters, digits, _ and - only, starting with a letter or digit",
  );

/** What a partner can do: a process (CNC cutting) or a material (solid oak), by its code. */
export const Capability = CatalogCode;
export type Capability = string;
export const capabilityKinds = ["process", "material"] as const;
export const CapabilityKind = z.enum(capabilityKinds);
export type CapabilityKind = z.infer<typeof CapabilityKind>;

/** A region partners serve and orders are delivered in (a Dutch province, Antwerp), by its code. */
export const Region = CatalogCode;
export type Region = string;

/** The two lists admins keep. */
export const catalogLists = ["capability", "region"] as const;
export const CatalogList = z.enum(catalogLists);
export type CatalogList = z.infer<typeof CatalogList>;

export const packagingKinds = ["box", "pallet"] as const;
export type PackagingKind = (typeof packagingKinds)[number];
