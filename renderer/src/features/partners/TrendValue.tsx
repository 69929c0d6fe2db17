import { Group, Text } from "@mantine/core";
import {
  IconArrowDownRight,
  IconArrowUpRight,
  IconMinus,
} from "@tabler/icons-react";

/** A rating change shown by arrow, sign and number, never by colour alone. */
export function TrendValue({ trend }: { trend: number | null }) {
  if (trend === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const flat = Math.abs(trend) < 0.005;
  const Icon = flat
    ? IconMinus
    : trend > 0
      ? IconArrowUpRight
      : IconArrowDownRight;
  const color = flat ? "dimmed" : trend > 0 ? "green.7" : "red.7";
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      <Icon size={14} aria-hidden />
      <Text
        size="sm"
        c={color}
        aria-label={
          flat
            ? "unchanged"
            : `${trend > 0 ? "up" : "down"} ${Math.abs(trend).toFixed(2)}`
        }
      >
        {flat
          ? "0.00"
          : `${trend > 0 ? "+" : "−"}${Math.abs(trend).toFixed(2)}`}
      </Text>
    </Group>
  );
}
