import {
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";
import { FactorAveragesChart } from "./FactorAveragesChart";
import { PartnerChartTables } from "./PartnerChartTables";
import { PartnerRatingChart } from "./PartnerRatingChart";
import { ScoreDistributionChart } from "./ScoreDistributionChart";

type Bucket = "day" | "week" | "month";

/** The account manager's view of a partner's score over the last two years. */
export function PartnerCharts({ partnerId }: { partnerId: number }) {
  const [bucket, setBucket] = useState<Bucket>("week");
  const [view, setView] = useState<"chart" | "table">("chart");
  const history = useOperation(
    "partners.scoreHistory",
    { partnerId, bucket },
    { keepPrevious: true },
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" style={{ flex: 1 }}>
          Rating over the last 24 months
        </Title>
        <SegmentedControl
          size="xs"
          value={bucket}
          onChange={(v) => setBucket(v as Bucket)}
          data={[
            { value: "day", label: "Daily" },
            { value: "week", label: "Weekly" },
            { value: "month", label: "Monthly" },
          ]}
          aria-label="Chart period"
        />
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v as "chart" | "table")}
          data={[
            { value: "chart", label: "Charts" },
            { value: "table", label: "Tables" },
          ]}
          aria-label="Show as"
        />
      </Group>
      {!history.data ? (
        <LoadState
          error={history.error}
          retry={() => void history.refetch()}
          label="the rating history"
        />
      ) : history.data.points.length === 0 ? (
        <Text c="dimmed" size="sm">
          No rated orders in the last 24 months: this partner is new.
        </Text>
      ) : view === "table" ? (
        <PartnerChartTables history={history.data} />
      ) : (
        <>
          <PartnerRatingChart points={history.data.points} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} mt="md">
            <div>
              <Text fw={500} size="sm" mb={4}>
                Factor averages
              </Text>
              <FactorAveragesChart factors={history.data.factors} />
            </div>
            <div>
              <Text fw={500} size="sm" mb={4}>
                Order scores
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
