import type { Role } from "../../../../shared/domain";
import { roleLabels } from "../../../../shared/labels";

/** The roles as a Select's options, in DOMAIN.md's order. */
export const roleOptions = (Object.keys(roleLabels) as Role[]).map((role) => ({
  value: role,
  label: roleLabels[role],
}));
