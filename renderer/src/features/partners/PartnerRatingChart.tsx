import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ScorePoint } from "../../../../shared/contract";
import { defaultPolicy } from "../../../../shared/policy";
import { useTranslation } from "react-i18next";
import {
  formatDate,
  formatNumber,
  formatRating,
} from "../../components/format";
import { formatMonthTick, formatTick } from "./chart-ticks";
import { monthTicks } from "./time-axis";

/** The partner's rating over time, with the tier boundaries drawn (4.0 compliant, 4.5 highly rated). */
export function PartnerRatingChart({ points }: { points: ScorePoint[] }) {
  const { t } = useTranslation(["partners", "domain"]);
  // Placed by time; the rating cut to hundredths as everywhere, so no line crosses a threshold early.
  const data = points.map((p) => ({
    time: Date.parse(p.at),
    rating: p.rating === null ? null : Math.trunc(p.rating * 100) / 100,
  }));
  // Show the movement: from half a star under the lowest rating (at most 3.5) up to 5, with a
  // tick on every half star, so the tier thresholds sit on labelled ticks.
  const lowest = Math.min(...data.map((d) => d.rating ?? 5));
  const floor = Math.max(1, Math.min(3.5, Math.floor((lowest - 0.2) * 2) / 2));
  const halfStars = Array.from(
    { length: Math.round((5 - floor) * 2) + 1 },
    (_, i) => floor + i / 2,
  );
  const boundaries = [
    {
      tier: "highly_rated",
      from: defaultPolicy.highlyRatedFrom,
      color: "var(--mantine-color-green-6)",
      position: "insideTopRight",
    },
    {
      tier: "compliant",
      from: defaultPolicy.compliantFrom,
      color: "var(--mantine-color-orange-6)",
      position: "insideBottomRight",
    },
  ] as const;
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
      >
        <CartesianGrid stroke="var(--mantine-color-gray-2)" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          ticks={monthTicks(data.map((d) => d.time))}
          tickFormatter={formatMonthTick}
          fontSize={12}
        />
        <YAxis
          domain={[floor, 5]}
          ticks={halfStars}
          allowDataOverflow
          fontSize={12}
          tickFormatter={formatTick}
        />
        <Tooltip
          labelFormatter={(time) =>
            formatDate(new Date(Number(time)).toISOString().slice(0, 10))
          }
          formatter={(v) => [
            typeof v === "number" ? formatRating(v) : v,
            t("charts.rating"),
          ]}
        />
        {boundaries.map((b) => (
          <ReferenceLine
            key={b.tier}
            y={b.from}
            stroke={b.color}
            strokeDasharray="4 4"
            label={{
              value: t("charts.boundary", {
                tier: t(`domain:tier.${b.tier}`),
                value: formatNumber(b.from, 1),
              }),
              position: b.position,
              fontSize: 11,
            }}
          />
        ))}
        <Line
          type="stepAfter"
          dataKey="rating"
          stroke="var(--mantine-color-blue-7)"
          strokeWidth={2}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
