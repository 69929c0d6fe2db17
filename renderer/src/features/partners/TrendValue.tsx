import { Group, Text } from "@mantine/core";
import {
  IconArrowDownRight,
  IconArrowUpRight,
  IconMinus,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../components/format";

/** A rating change shown by arrow, sign and number, never by colour alone. */
export function TrendValue({ trend }: { trend: number | null }) {
  const { t } = useTranslation("partners");
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
  // The arrow carries the colour; the number stays in the text colour, readable on any row.
  const iconColor = flat
    ? "var(--mantine-color-dimmed)"
    : trend > 0
      ? "var(--mantine-color-teal-9)"
      : "var(--mantine-color-red-9)";
  const value = formatNumber(Math.abs(trend), 2);
  const sign = trend > 0 ? "+" : "−";
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      <Icon size={14} aria-hidden color={iconColor} />
      <Text
        size="sm"
        aria-label={
          flat
            ? t("trend.unchanged")
            : t(trend > 0 ? "trend.up" : "trend.down", { value })
        }
      >
        {flat ? formatNumber(0, 2) : `${sign}${value}`}
      </Text>
    </Group>
  );
}
