import { Badge } from "@mantine/core";
import type { Tier } from "../../../shared/domain";
import { useTranslation } from "react-i18next";

const colors: Record<Tier, string> = {
  highly_rated: "green",
  compliant: "blue",
  new: "gray",
  lower: "orange",
};

/** A tier always carries its name: colour is never the only signal. */
export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation(["common", "domain"]);
  return (
    // Never cut short: the tier's name is the signal that does not rely on colour.
    <Badge
      color={colors[tier]}
      variant="outline"
      radius="sm"
      style={{ minWidth: "max-content" }}
    >
      {t(`domain:tier.${tier}`)}
    </Badge>
  );
}
