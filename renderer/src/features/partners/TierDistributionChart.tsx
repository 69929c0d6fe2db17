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
import { Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import {
  ChartViewSwitch,
  type ChartView,
} from "../../components/ChartViewSwitch";
import type { Tier } from "../../../../shared/domain";
import { useTranslation } from "react-i18next";
import { TierBadge } from "../../components/TierBadge";
import { formatCount } from "../../components/format";
import { useOperation } from "../../api/use-operation";

const colors: Record<Tier, string> = {
  highly_rated: "var(--mantine-color-green-6)",
  compliant: "var(--mantine-color-blue-6)",
  new: "var(--mantine-color-gray-5)",
  lower: "var(--mantine-color-orange-6)",
};

/**
 * How many active partners stand in each tier: a chart whose bars carry their tier's name and
 * count, or the same figures as a table (for screen readers, and for anyone who prefers one).
 */
export function TierDistributionChart({ title }: { title: string }) {
  const { t } = useTranslation(["partners", "domain"]);
  const [view, setView] = useState<ChartView>("chart");
  const tiers = useOperation("partners.tiers", {});
  const data = (tiers.data ?? []).map((row) => ({
    ...row,
    label: t(`domain:tier.${row.tier}`),
  }));
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <ChartViewSwitch
          value={view}
          onChange={setView}
          chartLabel={t("tierChart.chart")}
          tableLabel={t("tierChart.table")}
          label={t("tierChart.showAs")}
        />
      </Group>
      {view === "table" ? (
        <Table aria-label={title} mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tierChart.tier")}</Table.Th>
              <Table.Th ta="right">{t("tierChart.partners")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((d) => (
              <Table.Tr key={d.tier}>
                <Table.Td>
                  <TierBadge tier={d.tier} />
                </Table.Td>
                <Table.Td ta="right">{formatCount(d.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <TierBars data={data} />
      )}
    </>
  );
}

function TierBars({
  data,
}: {
  data: { tier: Tier; count: number; label: string }[];
}) {
  const { t } = useTranslation("partners");
  return (
    <ResponsiveContainer width="100%" height={130}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 0, right: 40, bottom: 0, left: 10 }}
      >
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={120} fontSize={12} />
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
