import {
  Badge,
  Group,
  Loader,
  MultiSelect,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { orderStatuses, type OrderStatus } from "../../../../shared/domain";
import { useCan } from "../../app/use-can";
import { useCatalog } from "../../app/use-catalog";
import { ListActions } from "../data-files/ListActions";
import { OrderFormDrawer } from "./OrderFormDrawer";
import { ListSearch } from "../../components/ListSearch";
import { formatCount } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { YesNoFilter, type YesNo } from "../../components/YesNoFilter";
import { useVirtualRows } from "../../components/VirtualTable";
import { OrdersTable } from "./OrdersTable";
import { useOrderWindow } from "./use-order-window";
import { useOrdersQueryState } from "./use-orders-query-state";
import { useShortcuts } from "../../app/shortcuts";

const noStatus: OrderStatus[] = [];

const hasNewOrderRequest = (state: unknown) =>
  typeof state === "object" &&
  state !== null &&
  "newOrder" in state &&
  state.newOrder === true;

export function OrdersPage() {
  const { t } = useTranslation(["orders", "domain", "imports"]);
  const mayEnter = useCan("editOrders");
  // "New order" in the search palette comes here with the form to open.
  const location = useLocation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(
    () => mayEnter && hasNewOrderRequest(location.state),
  );
  useEffect(() => {
    if (hasNewOrderRequest(location.state))
      void navigate(`${location.pathname}${location.search}`, {
        replace: true,
        state: null,
      });
  }, [location, navigate]);
  const statusOptions = orderStatuses.map((s) => ({
    value: s,
    label: t(`domain:orderStatus.${s}`),
  }));
  const regionOptions = useCatalog().regionOptions("all");
  const keyAccountOptions: { value: YesNo; label: string }[] = [
    { value: "yes", label: t("list.keyAccountsOnly") },
    { value: "no", label: t("list.otherCustomers") },
  ];
  const ratedOptions: { value: YesNo; label: string }[] = [
    { value: "no", label: t("list.notRatedYet") },
    { value: "yes", label: t("list.ratedOnly") },
  ];
  const { state, update, searchText } = useOrdersQueryState();
  useShortcuts({ newItem: () => mayEnter && setAdding(true) });

  // The first render sizes the list from the last known total; the window then fetches what is visible.
  const [knownTotal, setKnownTotal] = useState(0);
  const { scrollRef, items, virtualizer } = useVirtualRows(knownTotal);
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const orders = useOrderWindow(state, first, last);
  useEffect(() => {
    if (!orders.loading) setKnownTotal(orders.total);
  }, [orders.total, orders.loading]);

  const resetScroll = () => virtualizer.scrollToOffset(0);

  return (
    <Stack h="100vh" gap={0}>
      <Stack gap="xs" p="md" pb="sm">
        <Group justify="space-between">
          <Group gap="xs" align="baseline">
            <Title order={1} size="h3">
              {t("list.title")}
            </Title>
            <Text c="dimmed" size="sm" aria-live="polite">
              {orders.loading
                ? t("list.loading")
                : t("list.count", {
                    count: orders.total,
                    total: formatCount(orders.total),
                  })}
            </Text>
            {orders.refreshing && (
              <Loader size="xs" aria-label={t("list.updating")} />
            )}
          </Group>
          <ListActions
            list={{ list: "orders", sort: state.sort, filter: state.filter }}
            mayAdd={mayEnter}
            newLabel={t("list.new")}
            onNew={() => setAdding(true)}
          />
        </Group>
        {adding && (
          <OrderFormDrawer opened={adding} onClose={() => setAdding(false)} />
        )}
        <Group gap="xs" wrap="wrap">
          <ListSearch
            label={t("list.searchLabel")}
            placeholder={t("list.searchPlaceholder")}
            value={searchText}
            onSearch={(q) => update({ q })}
            onTyped={resetScroll}
            width={340}
          />
          <MultiSelect
            aria-label={t("list.statusLabel")}
            placeholder={
              state.filter.status?.length ? undefined : t("list.anyStatus")
            }
            data={statusOptions}
            value={state.filter.status ?? noStatus}
            onChange={(value) => {
              update({ status: value.join(",") });
              resetScroll();
            }}
            clearable
            w={240}
          />
          <Select
            aria-label={t("list.regionLabel")}
            placeholder={t("list.anyRegion")}
            data={regionOptions}
            value={state.filter.region ?? null}
            onChange={(value) => {
              update({ region: value });
              resetScroll();
            }}
            clearable
            searchable
            w={200}
          />
          <YesNoFilter
            label={t("list.customerTypeLabel")}
            placeholder={t("list.allCustomers")}
            options={keyAccountOptions}
            value={state.filter.keyAccount}
            onChange={(value) => {
              update({ keyAccount: value });
              resetScroll();
            }}
            width={180}
          />
          <YesNoFilter
            label={t("list.ratingLabel")}
            placeholder={t("list.anyRating")}
            options={ratedOptions}
            value={state.filter.rated}
            onChange={(value) => {
              update({ rated: value });
              resetScroll();
            }}
            width={180}
          />
          {state.filter.search && (
            <Badge variant="light" size="lg">
              {t("list.matching", { search: state.filter.search })}
            </Badge>
          )}
        </Group>
      </Stack>
      {orders.error && !orders.loading ? (
        <LoadState
          error={orders.error}
          retry={orders.retry}
          label={t("list.what")}
        />
      ) : !orders.loading && orders.total === 0 ? (
        <Stack align="center" mt="xl" gap={4}>
          <Text fw={500}>{t("list.noMatch")}</Text>
          <Text c="dimmed" size="sm">
            {t("list.noMatchHint")}
          </Text>
        </Stack>
      ) : (
        <OrdersTable
          state={state}
          total={knownTotal}
          scrollRef={scrollRef}
          rows={items.map((item) => ({
            index: item.index,
            start: item.start,
            row: orders.rowAt(item.index),
          }))}
          onSort={(sort) => {
            update({ sort: sort.column, dir: sort.direction });
            resetScroll();
          }}
        />
      )}
    </Stack>
  );
}
