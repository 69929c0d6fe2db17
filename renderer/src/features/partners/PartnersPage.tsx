import {
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { PartnersListInput } from "../../../../shared/contract";
import { tiers } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { formatNumber, formatRating } from "../../components/format";
import { ListSearch } from "../../components/ListSearch";
import { LoadState } from "../../components/LoadState";
import { PagePicker } from "../../components/PagePicker";
import { TierBadge } from "../../components/TierBadge";
import { ListActions } from "../data-files/ListActions";
import { PartnerFormDrawer } from "./PartnerFormDrawer";
import { TierDistributionChart } from "./TierDistributionChart";
import { TrendValue } from "./TrendValue";
import { usePartnersQueryState } from "./use-partners-query-state";
import { useShortcuts } from "../../app/shortcuts";

type SortColumn = NonNullable<PartnersListInput["sort"]>["column"];
const pageSize = 50;

export function PartnersPage() {
  const { t } = useTranslation(["partners", "domain", "imports"]);
  const navigate = useNavigate();
  const { state, update } = usePartnersQueryState();
  const { sort, tier, nearBoundary, page } = state;
  const mayEdit = useCan("editPartners");
  const [adding, setAdding] = useState(false);
  useShortcuts({ newItem: () => mayEdit && setAdding(true) });
  const filter = {
    ...(nearBoundary ? { nearBoundary } : {}),
    ...(tier ? { tier } : {}),
    ...(state.search ? { search: state.search } : {}),
  };
  const partners = useOperation(
    "partners.list",
    {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      sort,
      filter,
    },
    { keepPrevious: true },
  );

  const header = (label: string, column: SortColumn, align?: "right") => {
    const active = sort.column === column;
    const Icon = sort.direction === "asc" ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th
        ta={align}
        aria-sort={
          active
            ? sort.direction === "asc"
              ? "ascending"
              : "descending"
            : "none"
        }
      >
        <UnstyledButton
          fw={600}
          fz="sm"
          onClick={() =>
            update({
              sort: column,
              dir: active && sort.direction === "desc" ? "asc" : "desc",
            })
          }
        >
          {label} {active && <Icon size={13} aria-hidden />}
        </UnstyledButton>
      </Table.Th>
    );
  };

  const sortHeaders = {
    name: header(t("list.column.partner"), "name"),
    city: header(t("list.column.city"), "city"),
    rating: header(t("list.column.rating"), "rating", "right"),
    ratedOrders: header(t("list.column.ratedOrders"), "ratedOrders", "right"),
    activeOrders: header(
      t("list.column.activeOrders"),
      "activeOrders",
      "right",
    ),
  };

  return (
    <Stack p="md" gap="sm">
      <Group justify="space-between">
        <Group gap="xs" align="baseline">
          <Title order={1} size="h3">
            {t("list.title")}
          </Title>
          {partners.data && (
            <Text c="dimmed" size="sm">
              {t("list.total", { count: partners.data.total })}
            </Text>
          )}
        </Group>
        <ListActions
          list={{
            list: "partners",
            sort,
            filter,
          }}
          mayAdd={mayEdit}
          newLabel={t("list.new")}
          onNew={() => setAdding(true)}
        />
      </Group>
      {adding && (
        <PartnerFormDrawer opened={adding} onClose={() => setAdding(false)} />
      )}
      <Paper withBorder p="sm" radius="md" maw={520}>
        <TierDistributionChart title={t("list.byTier")} />
      </Paper>
      <Group gap="xs">
        <ListSearch
          label={t("list.search")}
          placeholder={t("list.searchPlaceholder")}
          value={state.search}
          onSearch={(q) => update({ q: q.trim() })}
          width={300}
        />
        <Select
          aria-label={t("list.tier")}
          placeholder={t("list.anyTier")}
          data={tiers.map((value) => ({
            value,
            label: t(`domain:tier.${value}`),
          }))}
          value={tier}
          onChange={(value) => update({ tier: value })}
          clearable
          w={180}
        />
        <Switch
          label={t("list.nearBoundary", { margin: formatNumber(0.1, 1) })}
          checked={nearBoundary}
          onChange={(e) =>
            update({ near: e.currentTarget.checked ? "1" : null })
          }
        />
      </Group>
      {!partners.data ? (
        <LoadState
          error={partners.error}
          retry={() => void partners.refetch()}
          label={t("list.loading")}
        />
      ) : partners.data.total === 0 ? (
        <Text c="dimmed">{t("list.empty")}</Text>
      ) : (
        <>
          <Table highlightOnHover striped data-key-list>
            <Table.Thead>
              <Table.Tr>
                {sortHeaders.name}
                {sortHeaders.city}
                <Table.Th>{t("list.column.tier")}</Table.Th>
                {sortHeaders.rating}
                {sortHeaders.ratedOrders}
                {sortHeaders.activeOrders}
                <Table.Th ta="right">{t("list.column.trend")}</Table.Th>
                <Table.Th ta="right">{t("list.column.capacity")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.data.rows.map((p) => (
                <Table.Tr
                  key={p.id}
                  tabIndex={0}
                  style={{ cursor: "pointer" }}
                  onClick={() => navigate(`/partners/${p.id}`)}
                  data-list-row
                  aria-label={t("list.row", { name: p.name })}
                >
                  <Table.Td>
                    {p.name}
                    {!p.active && (
                      <Text span c="dimmed" size="xs">
                        {" "}
                        {t("list.paused")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {p.city}, {p.country}
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={p.tier} />
                  </Table.Td>
                  <Table.Td ta="right">{formatRating(p.rating)}</Table.Td>
                  <Table.Td ta="right">{p.ratedOrders}</Table.Td>
                  <Table.Td ta="right">{p.activeOrders}</Table.Td>
                  <Table.Td ta="right">
                    <TrendValue trend={p.trend90d} />
                  </Table.Td>
                  <Table.Td ta="right">{p.capacity}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <PagePicker
            total={Math.ceil(partners.data.total / pageSize)}
            value={page}
            onChange={(value) => update({ page: String(value) })}
          />
        </>
      )}
    </Stack>
  );
}
