import { Badge } from "@mantine/core";
import type { ReviewState } from "../../../../shared/domain";

const colors: Record<ReviewState, string> = {
  pending: "yellow",
  approved: "green",
  rejected: "red",
};
const labels: Record<ReviewState, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
};

/** A file's review state in words and colour (never colour alone). */
export function ReviewStateBadge({ state }: { state: ReviewState | null }) {
  if (state === null)
    return (
      <Badge size="sm" variant="outline" color="gray">
        Kept
      </Badge>
    );
  return (
    <Badge size="sm" variant="light" color={colors[state]}>
      {labels[state]}
    </Badge>
  );
}
