import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { FactorAverages } from "../../../../shared/contract";
import { ratingFactors } from "../../../../shared/domain";
import { ratingFactorLabels } from "../../../../shared/labels";

const colors = ["blue", "teal", "grape", "orange", "cyan", "pink"].map(
  (c) => `var(--mantine-color-${c}-6)`,
);

/** Each factor's average per period: which part of the work moves the rating. */
export function FactorAveragesChart({
  factors,
}: {
  factors: FactorAverages[];
}) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart
        data={factors}
        margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
      >
        <CartesianGrid stroke="var(--mantine-color-gray-2)" vertical={false} />
        <XAxis dataKey="bucket" fontSize={12} minTickGap={30} />
        <YAxis domain={[1, 5]} fontSize={12} />
        <Tooltip
          formatter={(v) => (typeof v === "number" ? v.toFixed(2) : v)}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {ratingFactors.map((factor, i) => (
          <Line
            key={factor}
            type="linear"
            dataKey={factor}
            name={ratingFactorLabels[factor]}
            stroke={colors[i]}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
