import { useTranslation } from "react-i18next";
import { roles } from "../../../../shared/domain";

/** The roles as a Select's options, in DOMAIN.md's order, in the user's language. */
export function useRoleOptions() {
  const { t } = useTranslation("domain");
  return roles.map((role) => ({ value: role, label: t(`role.${role}`) }));
}
