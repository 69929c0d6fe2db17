import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Tier } from "../../../../shared/domain";
import { useTranslation } from "react-i18next";
import { formatCount } from "../../components/format";
import { useOperation } from "../../api/use-operation";

const colors: Record<Tier, string> = {
  highly_rated: "var(--mantine-color-green-6)",
  compliant: "var(--mantine-color-blue-6)",
  new: "var(--mantine-color-gray-5)",
  lower: "var(--mantine-color-orange-6)",
};

/** How many active partners stand in each tier; every bar carries its tier's name and count. */
export function TierDistributionChart() {
  const { t } = useTranslation(["partners", "domain"]);
  const tiers = useOperation("partners.tiers", {});
  const data = (tiers.data ?? []).map((row) => ({
    ...row,
    label: t(`domain:tier.${row.tier}`),
  }));
  return (
    <ResponsiveContainer width="100%" height={130}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 0, right: 40, bottom: 0, left: 10 }}
      >
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={90} fontSize={12} />
        <Tooltip
          formatter={(v) => [
            typeof v === "number" ? formatCount(v) : v,
            t("tierChart.partners"),
          ]}
        />
        <Bar dataKey="count" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.tier} fill={colors[d.tier]} />
          ))}
          <LabelList
            dataKey="count"
            position="right"
            fontSize={12}
            formatter={(v) => (typeof v === "number" ? formatCount(v) : v)}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
