import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { OrderDetail } from "../../../../shared/contract";
import type { RatingFactor } from "../../../../shared/domain";
import { ratingFactorLabels } from "../../../../shared/labels";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { RatingForm } from "../ratings/RatingForm";

export function RatingTab({ order }: { order: OrderDetail }) {
  const mayRate = useCan("rate");
  const [revising, setRevising] = useState(false);
  const approved = order.status === "approved";
  const suggestion = useOperation(
    "ratings.suggest",
    { orderId: order.id },
    { enabled: approved },
  );

  if (!approved)
    return <EmptyNote>An order is rated once it is approved.</EmptyNote>;
  if (!suggestion.data)
    return (
      <LoadState
        error={suggestion.error}
        retry={() => void suggestion.refetch()}
        label="the rating"
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
      />
    ) : (
      <EmptyNote>
        This order has not been rated yet. Account managers rate approved
        orders.
      </EmptyNote>
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
            {ratingFactorLabels[factor as RatingFactor] ?? factor}
          </Text>
          <Text
            size="sm"
            aria-label={stars === null ? "not given" : `${stars} of 5 stars`}
          >
            {stars === null
              ? "—"
              : `${"★".repeat(stars)}${"☆".repeat(5 - stars)}`}
          </Text>
        </Group>
      ))}
      <Group justify="space-between" mt="xs">
        <Text fw={600}>Order score</Text>
        <Text fw={600}>{rating.score.toFixed(2)}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        Rated by {rating.ratedBy}, {formatInstant(rating.ratedAt)}
      </Text>
      {mayRate && (
        <Button
          variant="light"
          mt="sm"
          onClick={() => setRevising(true)}
          w="fit-content"
        >
          Revise rating
        </Button>
      )}
    </Stack>
  );
}
