import { Badge } from "@mantine/core";
import type { Tier } from "../../../shared/domain";
import { tierLabels } from "../../../shared/labels";

const colors: Record<Tier, string> = {
  highly_rated: "green",
  compliant: "blue",
  new: "gray",
  lower: "orange",
};

/** A tier always carries its name: colour is never the only signal. */
export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <Badge color={colors[tier]} variant="outline" radius="sm">
      {tierLabels[tier]}
    </Badge>
  );
}
