import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReviewState } from "../../../../shared/domain";

const colors: Record<ReviewState, string> = {
  pending: "yellow",
  approved: "green",
  rejected: "red",
};

/** A file's review state in words and colour (never colour alone). */
export function ReviewStateBadge({ state }: { state: ReviewState | null }) {
  const { t } = useTranslation("files");
  if (state === null)
    return (
      <Badge size="sm" variant="outline" color="gray">
        {t("state.kept")}
      </Badge>
    );
  return (
    <Badge size="sm" variant="light" color={colors[state]}>
      {t(`state.${state}`)}
    </Badge>
  );
}
