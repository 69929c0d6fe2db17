// Who may do what: the permission table of DOMAIN.md, "People and permissions", and the rows it
// gained with real data (partners, customers and orders kept in the console; docs/permissions.md).
// The core enforces it on every call; the renderer reads it only to hide what a role cannot do.
import type { Role } from "./domain";

const everyone = [
  "dispatcher",
  "quality_reviewer",
  "account_manager",
  "admin",
] as const;

export const permissions = {
  see: everyone,
  dispatch: ["dispatcher", "admin"],
  editSchedule: ["dispatcher", "account_manager", "admin"],
  moveStatus: ["dispatcher", "account_manager", "admin"],
  importFiles: ["dispatcher", "quality_reviewer", "admin"],
  reviewPhotos: ["quality_reviewer", "admin"],
  rate: ["account_manager", "admin"],
  /** Create and edit partners (their details, capabilities, regions, capacity, settings). */
  editPartners: ["account_manager", "admin"],
  /** Pause a partner (its open offers are withdrawn) and resume it. */
  pausePartners: ["dispatcher", "account_manager", "admin"],
  /** Create and edit customers, key-account flag included. */
  editCustomers: ["account_manager", "admin"],
  /** Enter orders the shop sold, edit open ones, cancel those the customer withdrew. */
  editOrders: ["dispatcher", "account_manager", "admin"],
  writeMessages: everyone,
  administer: ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
