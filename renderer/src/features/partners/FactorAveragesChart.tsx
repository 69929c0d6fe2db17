import { SimpleGrid, Stack, Text } from "@mantine/core";
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { FactorAverages } from "../../../../shared/contract";
import { ratingFactors } from "../../../../shared/domain";
import { useTranslation } from "react-i18next";
import { formatRating } from "../../components/format";
import { formatMonthTick, formatTick } from "./chart-ticks";
import { monthTicks, monthTime } from "./time-axis";

/**
 * Each factor's average per month, one small chart per factor on the same axes: which part of the
 * work moves the rating, without six lines tangled in one.
 */
export function FactorAveragesChart({
  factors,
}: {
  factors: FactorAverages[];
}) {
  const { t } = useTranslation(["partners", "domain"]);
  const data = factors.map((f) => ({ ...f, time: monthTime(f.bucket) }));
  const times = data.map((d) => d.time);
  const ticks = monthTicks(times);
  // The first and last month only: a small chart has room for two labels.
  const edges = ticks.filter((_, i) => i === 0 || i === ticks.length - 1);
  return (
    <SimpleGrid cols={3} spacing="xs" verticalSpacing="xs">
      {ratingFactors.map((factor) => {
        const name = t(`domain:ratingFactor.${factor}`);
        const latest = data.findLast((d) => d[factor] !== null)?.[factor];
        return (
          <Stack key={factor} gap={0}>
            <Text size="xs" fw={500} truncate>
              {name}
              {latest != null && (
                <Text span size="xs" c="dimmed">
                  {" "}
                  {formatRating(latest)}
                </Text>
              )}
            </Text>
            <ResponsiveContainer width="100%" height={90}>
              <LineChart
                data={data}
                margin={{ top: 4, right: 8, bottom: 0, left: -28 }}
              >
                <CartesianGrid
                  stroke="var(--mantine-color-gray-2)"
                  vertical={false}
                />
                <XAxis
                  dataKey="time"
                  type="number"
                  scale="time"
                  domain={["dataMin", "dataMax"]}
                  ticks={edges}
                  tickFormatter={formatMonthTick}
                  fontSize={10}
                />
                <YAxis
                  domain={[1, 5]}
                  ticks={[1, 3, 5]}
                  fontSize={10}
                  tickFormatter={formatTick}
                />
                <Tooltip
                  labelFormatter={(time) => formatMonthTick(Number(time))}
                  formatter={(v) => [
                    typeof v === "number" ? formatRating(v) : v,
                    name,
                  ]}
                />
                <Line
                  type="linear"
                  dataKey={factor}
                  stroke="var(--mantine-color-blue-7)"
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
