import { Box, SimpleGrid, Table, Text } from "@mantine/core";
import type { PartnerScoreHistory } from "../../../../shared/contract";
import { ratingFactors } from "../../../../shared/domain";
import {
  formatDate,
  formatNumber,
  formatRating,
} from "../../components/format";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A long table in a region of its own that scrolls, reachable by keyboard. */
function ScrollRegion({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    <Box
      style={{ maxHeight: 320, overflowY: "auto" }}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </Box>
  );
}

/** The same figures as the charts, as tables: for screen readers and for reading exact values. */
export function PartnerChartTables({
  history,
}: {
  history: PartnerScoreHistory;
}) {
  const { t } = useTranslation(["partners", "domain"]);
  return (
    <SimpleGrid cols={1} spacing="md">
      <ScrollRegion label={t("tables.ratingOverTime")}>
        <Table striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tables.until")}</Table.Th>
              <Table.Th>{t("tables.rating")}</Table.Th>
              <Table.Th>{t("tables.tier")}</Table.Th>
              <Table.Th>{t("tables.ratedOrders")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...history.points].reverse().map((p) => (
              <Table.Tr key={p.at}>
                <Table.Td>{formatDate(p.at.slice(0, 10))}</Table.Td>
                <Table.Td>{formatRating(p.rating)}</Table.Td>
                <Table.Td>{t(`domain:tier.${p.tier}`)}</Table.Td>
                <Table.Td>{p.ratedOrders}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <ScrollRegion label={t("charts.factorAverages")}>
        <Table striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tables.period")}</Table.Th>
              {ratingFactors.map((f) => (
                <Table.Th key={f}>{t(`domain:ratingFactor.${f}`)}</Table.Th>
              ))}
              <Table.Th>{t("tables.orders")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...history.factors].reverse().map((row) => (
              <Table.Tr key={row.bucket}>
                <Table.Td>{row.bucket}</Table.Td>
                {ratingFactors.map((f) => (
                  <Table.Td key={f}>{formatRating(row[f])}</Table.Td>
                ))}
                <Table.Td>{row.orders}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <div>
        <Text fw={500} size="sm" mb={4}>
          {t("charts.orderScores")}
        </Text>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tables.score")}</Table.Th>
              <Table.Th>{t("tables.orders")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.distribution.map((band) => (
              <Table.Tr key={band.from}>
                <Table.Td>
                  {t("tables.band", {
                    from: formatNumber(band.from, 1),
                    to: formatNumber(band.from + 0.5, 1),
                  })}
                </Table.Td>
                <Table.Td>{band.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </SimpleGrid>
  );
}
