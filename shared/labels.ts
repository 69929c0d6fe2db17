// Human-readable names for the identifiers of shared/domain.ts, shown by the console.
import type {
  Capability,
  RatingFactor,
  OrderStatus,
  Region,
  Role,
  Tier,
  CommunicationSetting,
  FileFolder,
} from "./domain";

export const roleLabels: Record<Role, string> = {
  dispatcher: "Dispatcher",
  quality_reviewer: "Quality reviewer",
  account_manager: "Account manager",
  admin: "Admin",
};

export const orderStatusLabels: Record<OrderStatus, string> = {
  open: "Open",
  assigned: "Assigned",
  ready: "Ready",
  delivered: "Delivered",
  in_review: "In review",
  approved: "Approved",
  cancelled: "Cancelled",
};

export const tierLabels: Record<Tier, string> = {
  highly_rated: "Highly rated",
  compliant: "Compliant",
  new: "New",
  lower: "Lower",
};

export const capabilityLabels: Record<Capability, string> = {
  cnc_cutting: "CNC cutting",
  edge_banding: "Edge banding",
  spray_lacquering: "Spray lacquering",
  upholstery: "Upholstery",
  metalwork: "Metalwork",
  assembly: "Assembly",
  installation: "Installation",
  plywood: "Plywood",
  mdf: "MDF",
  solid_oak: "Solid oak",
  hpl: "HPL",
  steel: "Steel",
};

export const regionLabels: Record<Region, string> = {
  "NL-NH": "Noord-Holland",
  "NL-ZH": "Zuid-Holland",
  "NL-UT": "Utrecht",
  "NL-NB": "Noord-Brabant",
  "NL-GE": "Gelderland",
  "NL-OV": "Overijssel",
  "NL-GR": "Groningen",
  "NL-FR": "Friesland",
  "NL-DR": "Drenthe",
  "NL-FL": "Flevoland",
  "NL-ZE": "Zeeland",
  "NL-LI": "Limburg",
  "BE-VAN": "Antwerpen",
  "BE-BRU": "Brussels",
  "DE-NW": "Nordrhein-Westfalen",
};

export const communicationSettingLabels: Record<CommunicationSetting, string> =
  {
    customer_chat_allowed: "Customer chat allowed",
    cutr_only: "Cutr only",
  };

/** What an audit row's action means, as the History tab says it. */
export const auditActionLabels: Record<string, string> = {
  "order.assigned": "Assigned",
  "assignment.cancelled": "Assignment cancelled",
  "order.ready": "Marked ready",
  "order.delivered": "Marked delivered",
  "order.approved": "Approved",
  "rating.recorded": "Rated",
  "rating.revised": "Rating revised",
  "milestones.set": "Milestones set",
  "fulfilment.deliveryDate": "Delivery date changed",
  "offer.sent": "Offer sent",
  "milestone.set": "Milestone set",
  "milestone.removed": "Milestone removed",
  "fulfilment.updated": "Fulfilment dates",
  "billing.reference": "Invoice reference",
  "order.inReview": "In review",
  "policy.updated": "Policy changed",
  "offer.accepted": "Offer accepted",
  "offer.refused": "Offer refused",
  "file.imported": "File added",
  "file.reviewed": "File reviewed",
  "file.reviewUndone": "Review undone",
};

export const ratingFactorLabels: Record<RatingFactor, string> = {
  quality: "Quality",
  communication: "Communication",
  involvement: "Involvement",
  deliveryTime: "Delivery time",
  budget: "Budget",
  customerSatisfaction: "Customer satisfaction",
};

export const folderLabels: Record<FileFolder, string> = {
  finished_product: "Finished product photos",
  packed_product: "Packed product photos",
  production_drawing: "Production drawings",
  sample_picture: "Sample pictures",
  signed_packing_slip: "Signed packing slip",
};

/** Rejection reasons a reviewer picks with one key; any other reason may be typed. */
export const quickRejectionReasons = [
  "Blurred or too dark",
  "Part not fully in view",
  "Damage or flaw visible",
  "Does not match the order",
  "Packing not sufficient",
] as const;
