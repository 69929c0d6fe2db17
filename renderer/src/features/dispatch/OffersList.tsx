import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OfferRow } from "../../../../shared/contract";
import { call } from "../../api/client";
import { formatInstant } from "../../components/format";
import { useChange } from "../../api/use-change";

/** The two answers a partner can give to an offer. */
const answers = [
  { accepted: true, answer: "accepted", color: "green" },
  { accepted: false, answer: "refused", color: "gray" },
] as const;

const statusColors = {
  open: "blue",
  accepted: "green",
  refused: "gray",
  withdrawn: "gray",
} as const;

/** The offers out for an order; the dispatcher records each partner's answer. */
export function OffersList({
  offers,
  mayDispatch,
  onAssigned,
}: {
  offers: OfferRow[];
  mayDispatch: boolean;
  onAssigned(): void;
}) {
  const { t } = useTranslation("dispatch");
  const { run, pending } = useChange();
  if (offers.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {t("offers.title")}
      </Text>
      {offers.map((offer) => (
        <Group key={offer.id} justify="space-between">
          <Group gap="xs">
            <Text size="sm">{offer.partnerName}</Text>
            <Badge size="xs" color={statusColors[offer.status]} variant="light">
              {t(`offers.status.${offer.status}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t("offers.sent", { when: formatInstant(offer.sentAt) })}
            </Text>
          </Group>
          {mayDispatch && offer.status === "open" && (
            <Group gap={4}>
              {answers.map(({ accepted, answer, color }) => (
                <Button
                  key={answer}
                  size="xs"
                  color={color}
                  variant="light"
                  loading={pending}
                  onClick={() =>
                    void run(
                      () =>
                        call("dispatch.respond", {
                          offerId: offer.id,
                          accepted,
                        }),
                      () =>
                        t(`offers.answered.${answer}`, {
                          partner: offer.partnerName,
                        }),
                    ).then((r) => r && accepted && onAssigned())
                  }
                >
                  {t(`offers.answer.${answer}`)}
                </Button>
              ))}
            </Group>
          )}
        </Group>
      ))}
    </Stack>
  );
}
