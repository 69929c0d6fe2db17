import {
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import {
  ChartViewSwitch,
  type ChartView,
} from "../../components/ChartViewSwitch";
import { useTranslation } from "react-i18next";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";
import { FactorAveragesChart } from "./FactorAveragesChart";
import { PartnerChartTables } from "./PartnerChartTables";
import { PartnerRatingChart } from "./PartnerRatingChart";
import { ScoreDistributionChart } from "./ScoreDistributionChart";

type Bucket = "day" | "week" | "month";

/** The account manager's view of a partner's score over the last two years. */
export function PartnerCharts({ partnerId }: { partnerId: number }) {
  const { t } = useTranslation("partners");
  const [bucket, setBucket] = useState<Bucket>("week");
  const [view, setView] = useState<ChartView>("chart");
  const history = useOperation(
    "partners.scoreHistory",
    { partnerId, bucket },
    { keepPrevious: true },
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" style={{ flex: 1 }}>
          {t("charts.title")}
        </Title>
        <SegmentedControl
          size="xs"
          value={bucket}
          onChange={(v) => setBucket(v as Bucket)}
          data={[
            { value: "day", label: t("charts.daily") },
            { value: "week", label: t("charts.weekly") },
            { value: "month", label: t("charts.monthly") },
          ]}
          aria-label={t("charts.period")}
        />
        <ChartViewSwitch
          value={view}
          onChange={setView}
          chartLabel={t("charts.charts")}
          tableLabel={t("charts.tables")}
          label={t("charts.showAs")}
        />
      </Group>
      {!history.data ? (
        <LoadState
          error={history.error}
          retry={() => void history.refetch()}
          label={t("charts.loading")}
        />
      ) : history.data.points.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("charts.empty")}
        </Text>
      ) : view === "table" ? (
        <PartnerChartTables history={history.data} />
      ) : (
        <>
          <PartnerRatingChart points={history.data.points} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} mt="md">
            <div>
              <Text fw={500} size="sm" mb={4}>
                {t("charts.factorAverages")}
              </Text>
              <FactorAveragesChart factors={history.data.factors} />
            </div>
            <div>
              <Text fw={500} size="sm" mb={4}>
                {t("charts.orderScores")}
              </Text>
              <ScoreDistributionChart
                distribution={history.data.distribution}
              />
            </div>
          </SimpleGrid>
        </>
      )}
    </Paper>
  );
}
