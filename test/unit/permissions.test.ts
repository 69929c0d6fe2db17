import { describe, expect, it } from "vitest";
import { roles, type Role } from "../../shared/domain";
import { can, permissions, type Permission } from "../../shared/permissions";

// The table of DOMAIN.md, "People and permissions", written out cell by cell.
const domainTable: Record<Permission, Role[]> = {
  see: ["dispatcher", "quality_reviewer", "account_manager", "admin"],
  dispatch: ["dispatcher", "admin"],
  editSchedule: ["dispatcher", "account_manager", "admin"],
  moveStatus: ["dispatcher", "account_manager", "admin"],
  importFiles: ["dispatcher", "quality_reviewer", "admin"],
  reviewPhotos: ["quality_reviewer", "admin"],
  rate: ["account_manager", "admin"],
  editPartners: ["account_manager", "admin"],
  pausePartners: ["dispatcher", "account_manager", "admin"],
  editCustomers: ["account_manager", "admin"],
  editOrders: ["dispatcher", "account_manager", "admin"],
  writeMessages: ["dispatcher", "quality_reviewer", "account_manager", "admin"],
  administer: ["admin"],
};

describe("permissions", () => {
  for (const permission of Object.keys(permissions) as Permission[]) {
    for (const role of roles) {
      const expected = domainTable[permission].includes(role);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(expected);
      });
    }
  }
});
