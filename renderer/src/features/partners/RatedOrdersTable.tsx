import { Badge, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ratingFactors } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { formatDate, formatRating } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { PagePicker } from "../../components/PagePicker";

const pageSize = 25;

/** The orders behind a partner's rating: each rating's factors, its revisions, and counted cancellations. */
export function RatedOrdersTable({ partnerId }: { partnerId: number }) {
  const { t } = useTranslation(["partners", "domain"]);
  const [page, setPage] = useState(1);
  const rated = useOperation(
    "partners.ratedOrders",
    { partnerId, offset: (page - 1) * pageSize, limit: pageSize },
    { keepPrevious: true },
  );
  if (!rated.data)
    return (
      <LoadState
        error={rated.error}
        retry={() => void rated.refetch()}
        label={t("rated.loading")}
      />
    );
  if (rated.data.total === 0)
    return (
      <Text c="dimmed" size="sm">
        {t("rated.empty")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("rated.order")}</Table.Th>
            <Table.Th>{t("rated.countsFrom")}</Table.Th>
            {ratingFactors.map((f) => (
              <Table.Th key={f} ta="right">
                {t(`domain:ratingFactor.${f}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t("rated.score")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rated.data.rows.map((r) => (
            <Table.Tr key={`${r.source}-${r.orderId}-${r.scoredOn}`}>
              <Table.Td>
                <Link to={`/orders/${r.orderId}`}>{r.number}</Link>{" "}
                {r.source === "cancellation" && (
                  <Badge color="orange" variant="light" size="xs">
                    {t("rated.cancelled")}
                  </Badge>
                )}
                {r.revisions > 0 && (
                  <Badge color="grape" variant="light" size="xs">
                    {t("rated.revised", { count: r.revisions })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatDate(r.scoredOn)}</Table.Td>
              {ratingFactors.map((f) => (
                <Table.Td key={f} ta="right">
                  {r.factors?.[f] ?? "—"}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {formatRating(r.score)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rated.data.total > pageSize && (
        <PagePicker
          total={Math.ceil(rated.data.total / pageSize)}
          value={page}
          onChange={setPage}
        />
      )}
    </Stack>
  );
}
