import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { OrderDetail } from "../../../../shared/contract";
import type { RatingFactor } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { formatInstant, formatNumber } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { RatingForm } from "../ratings/RatingForm";

export function RatingTab({ order }: { order: OrderDetail }) {
  const { t } = useTranslation(["orders", "domain", "common", "ratings"]);
  const navigate = useNavigate();
  const mayRate = useCan("rate");
  const [revising, setRevising] = useState(false);
  const approved = order.status === "approved";
  const suggestion = useOperation(
    "ratings.suggest",
    { orderId: order.id },
    { enabled: approved },
  );

  // "Save and rate next": the oldest approved order still waiting for its rating, on its Rating tab.
  const openNextToRate = async () => {
    const next = await call("orders.list", {
      offset: 0,
      limit: 2,
      sort: { column: "createdAt", direction: "asc" },
      filter: { status: ["approved"], rated: false },
    });
    const other = next.rows.find((row) => row.id !== order.id);
    if (other) void navigate(`/orders/${other.id}?tab=rating`);
    else
      notifications.show({
        color: "green",
        message: t("ratings:form.noneLeft"),
      });
  };

  if (!approved) return <EmptyNote>{t("rating.notYetApproved")}</EmptyNote>;
  if (!suggestion.data)
    return (
      <LoadState
        error={suggestion.error}
        retry={() => void suggestion.refetch()}
        label={t("rating.what")}
      />
    );

  const { rating } = order;
  if (!rating) {
    return mayRate ? (
      <RatingForm
        key="record"
        suggestion={suggestion.data}
        mode="record"
        onDone={() => undefined}
        onNext={() => void openNextToRate()}
      />
    ) : (
      <EmptyNote>{t("rating.notRated")}</EmptyNote>
    );
  }
  if (revising) {
    return (
      <RatingForm
        key="revise"
        suggestion={suggestion.data}
        mode="revise"
        onDone={() => setRevising(false)}
      />
    );
  }
  return (
    <Stack gap={6} maw={420}>
      {Object.entries(rating.factors).map(([factor, stars]) => (
        <Group key={factor} justify="space-between">
          <Text size="sm">
            {t(`domain:ratingFactor.${factor as RatingFactor}`, {
              defaultValue: factor,
            })}
          </Text>
          <Text
            size="sm"
            aria-label={
              stars === null
                ? t("rating.notGiven")
                : t("rating.stars", { stars })
            }
          >
            {stars === null
              ? t("common:none")
              : `${"★".repeat(stars)}${"☆".repeat(5 - stars)}`}
          </Text>
        </Group>
      ))}
      <Group justify="space-between" mt="xs">
        <Text fw={600}>{t("rating.score")}</Text>
        <Text fw={600}>{formatNumber(rating.score, 2)}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t("rating.ratedBy", {
          name: rating.ratedBy,
          at: formatInstant(rating.ratedAt),
        })}
      </Text>
      {mayRate && (
        <Button
          variant="light"
          mt="sm"
          onClick={() => setRevising(true)}
          w="fit-content"
        >
          {t("rating.revise")}
        </Button>
      )}
    </Stack>
  );
}
