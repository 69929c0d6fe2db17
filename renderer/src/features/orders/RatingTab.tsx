import { Group, Stack, Text } from "@mantine/core";
import type { OrderDetail } from "../../../../shared/contract";
import { formatInstant } from "../../components/format";
import { EmptyNote } from "../../components/EmptyNote";
import { factorLabels } from "./order-labels";

export function RatingTab({ order }: { order: OrderDetail }) {
  if (!order.rating) {
    return (
      <EmptyNote>
        {order.status === "approved"
          ? "This order has not been rated yet."
          : "An order is rated once it is approved."}
      </EmptyNote>
    );
  }
  const { rating } = order;
  return (
    <Stack gap={6} maw={420}>
      {Object.entries(rating.factors).map(([factor, stars]) => (
        <Group key={factor} justify="space-between">
          <Text size="sm">{factorLabels[factor] ?? factor}</Text>
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
    </Stack>
  );
}
