// English names for the identifiers of shared/domain.ts, for the core's own messages and logs.
// The console's screens use the same words through i18next (the `domain` namespace), in the
// user's language; this file only gives the English side of that namespace a typed shape.
import type {
  FileFolder,
  OrderStatus,
  RatingFactor,
  Role,
  Tier,
  CommunicationSetting,
} from "./domain";
import domain from "./i18n/locales/en/domain.json";

export const roleLabels: Record<Role, string> = domain.role;
export const orderStatusLabels: Record<OrderStatus, string> =
  domain.orderStatus;
export const tierLabels: Record<Tier, string> = domain.tier;
export const communicationSettingLabels: Record<CommunicationSetting, string> =
  domain.communicationSetting;
export const ratingFactorLabels: Record<RatingFactor, string> =
  domain.ratingFactor;
export const folderLabels: Record<FileFolder, string> = domain.folder;

/** Rejection reasons a reviewer picks with one key (keys of `domain:quickRejectionReason`). */
export const quickRejectionReasons = [
  "blurred",
  "notInView",
  "damage",
  "mismatch",
  "packing",
] as const satisfies readonly (keyof typeof domain.quickRejectionReason)[];
export const quickRejectionReasonLabels: Record<
  (typeof quickRejectionReasons)[number],
  string
> = domain.quickRejectionReason;
