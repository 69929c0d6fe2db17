import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/** How the partner's order scores spread over half-star bands. */
export function ScoreDistributionChart({
  distribution,
}: {
  distribution: { from: number; count: number }[];
}) {
  const data = distribution.map((d) => ({
    band: `${d.from.toFixed(1)}–${(d.from + 0.5).toFixed(1)}`,
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
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Bar
          dataKey="orders"
          name="Order scores"
          fill="var(--mantine-color-blue-5)"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
