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
import { useTranslation } from "react-i18next";
import { formatRating } from "../../components/format";
import { formatTick } from "./chart-ticks";

const colors = ["blue", "teal", "grape", "orange", "cyan", "pink"].map(
  (c) => `var(--mantine-color-${c}-6)`,
);

/** Each factor's average per period: which part of the work moves the rating. */
export function FactorAveragesChart({
  factors,
}: {
  factors: FactorAverages[];
}) {
  const { t } = useTranslation(["partners", "domain"]);
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart
        data={factors}
        margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
      >
        <CartesianGrid stroke="var(--mantine-color-gray-2)" vertical={false} />
        <XAxis dataKey="bucket" fontSize={12} minTickGap={30} />
        <YAxis domain={[1, 5]} fontSize={12} tickFormatter={formatTick} />
        <Tooltip
          formatter={(v) => (typeof v === "number" ? formatRating(v) : v)}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {ratingFactors.map((factor, i) => (
          <Line
            key={factor}
            type="linear"
            dataKey={factor}
            name={t(`domain:ratingFactor.${factor}`)}
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
