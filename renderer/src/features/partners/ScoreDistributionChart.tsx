import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslation } from "react-i18next";
import { formatCount, formatNumber } from "../../components/format";

/** How the partner's order scores spread over half-star bands. */
export function ScoreDistributionChart({
  distribution,
}: {
  distribution: { from: number; count: number }[];
}) {
  const { t } = useTranslation("partners");
  const data = distribution.map((d) => ({
    band: `${formatNumber(d.from, 1)}–${formatNumber(d.from + 0.5, 1)}`,
    orders: d.count,
  }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
      >
        <CartesianGrid stroke="var(--mantine-color-gray-2)" vertical={false} />
        <XAxis dataKey="band" fontSize={12} />
        <YAxis
          allowDecimals={false}
          fontSize={12}
          tickFormatter={formatCount}
        />
        <Tooltip
          formatter={(v) => (typeof v === "number" ? formatCount(v) : v)}
        />
        <Bar
          dataKey="orders"
          name={t("charts.orderScores")}
          fill="var(--mantine-color-blue-5)"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
