import {
  Badge,
  Paper,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { parseISO } from "date-fns";
import { useTranslation } from "react-i18next";
import type { OrderFile } from "../../../../shared/contract";
import { formatDuration, formatInstant } from "../../components/format";
import { FileThumb } from "./FileThumb";
import { ReviewStateBadge } from "./ReviewStateBadge";

/** How long a pending file has waited for review, in words. */
export const waitedFor = (file: OrderFile, now = new Date()) =>
  formatDuration(parseISO(file.uploadedAt), now);

/** One file of an order's folder: its thumbnail opens it at full size. */
export function FileCard({
  file,
  onOpen,
}: {
  file: OrderFile;
  onOpen: (file: OrderFile) => void;
}) {
  const { t } = useTranslation("files");
  const when = formatInstant(file.uploadedAt);
  return (
    <Paper withBorder p={6} radius="sm" w={172}>
      <Stack gap={4}>
        <UnstyledButton
          onClick={() => onOpen(file)}
          aria-label={t("open", { name: file.name })}
        >
          <FileThumb file={file} size={158} />
        </UnstyledButton>
        <Tooltip
          label={
            file.uploadedBy
              ? t("card.sentBy", { sender: file.uploadedBy, when })
              : t("card.sentByPartner", { when })
          }
          openDelay={400}
        >
          <Text size="xs" fw={500} lineClamp={1}>
            {file.name}
          </Text>
        </Tooltip>
        <ReviewStateBadge state={file.reviewState} />
        {file.fromEarlierAssignment && (
          <Tooltip label={t("card.earlierHint")} multiline w={220}>
            <Badge color="gray" variant="outline" size="xs">
              {t("card.earlier")}
            </Badge>
          </Tooltip>
        )}
        {file.reviewState === "pending" && (
          <Text size="xs" c="dimmed">
            {t("waiting", { waited: waitedFor(file) })}
          </Text>
        )}
        {file.decision && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {file.decision.reviewer}
            {file.decision.reason ? `: ${file.decision.reason}` : ""}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
