import { Box, SimpleGrid, Table, Text } from "@mantine/core";
import type { PartnerScoreHistory } from "../../../../shared/contract";
import { ratingFactorLabels, tierLabels } from "../../../../shared/labels";
import { ratingFactors } from "../../../../shared/domain";
import { formatDate, formatRating } from "../../components/format";
import type { ReactNode } from "react";

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
  return (
    <SimpleGrid cols={1} spacing="md">
      <ScrollRegion label="Rating over time">
        <Table striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Until</Table.Th>
              <Table.Th>Rating</Table.Th>
              <Table.Th>Tier</Table.Th>
              <Table.Th>Rated orders</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...history.points].reverse().map((p) => (
              <Table.Tr key={p.at}>
                <Table.Td>{formatDate(p.at.slice(0, 10))}</Table.Td>
                <Table.Td>{formatRating(p.rating)}</Table.Td>
                <Table.Td>{tierLabels[p.tier]}</Table.Td>
                <Table.Td>{p.ratedOrders}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <ScrollRegion label="Factor averages">
        <Table striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period</Table.Th>
              {ratingFactors.map((f) => (
                <Table.Th key={f}>{ratingFactorLabels[f]}</Table.Th>
              ))}
              <Table.Th>Orders</Table.Th>
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
          Order scores
        </Text>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Score</Table.Th>
              <Table.Th>Orders</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.distribution.map((band) => (
              <Table.Tr key={band.from}>
                <Table.Td>
                  {band.from.toFixed(1)} to {(band.from + 0.5).toFixed(1)}
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
