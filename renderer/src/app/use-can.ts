import { can, type Permission } from "../../../shared/permissions";
import { useUser } from "./auth-context";

/** Whether the signed-in user's role has a permission: for hiding what the core would refuse anyway. */
export function useCan(permission: Permission): boolean {
  return can(useUser().role, permission);
}
