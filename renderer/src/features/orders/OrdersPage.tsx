import {
  Badge,
  Group,
  Loader,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedCallback, useHotkeys } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import {
  orderStatuses,
  regions,
  type OrderStatus,
} from "../../../../shared/domain";
import { orderStatusLabels, regionLabels } from "../../../../shared/labels";
import { formatCount } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { OrdersTable, useVirtualRows } from "./OrdersTable";
import { useOrderWindow } from "./use-order-window";
import { useOrdersQueryState } from "./use-orders-query-state";

const statusOptions = orderStatuses.map((s) => ({
  value: s,
  label: orderStatusLabels[s],
}));
const noStatus: OrderStatus[] = [];
const regionOptions = regions.map((r) => ({
  value: r,
  label: regionLabels[r],
}));
const keyAccountOptions = [
  { value: "yes", label: "Key accounts only" },
  { value: "no", label: "Other customers" },
];

export function OrdersPage() {
  const { state, update, searchText } = useOrdersQueryState();
  const [typed, setTyped] = useState(searchText);
  const searchRef = useRef<HTMLInputElement>(null);
  const applySearch = useDebouncedCallback(
    (value: string) => update({ q: value }),
    200,
  );
  useHotkeys([["/", () => searchRef.current?.focus()]]);

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
              Orders
            </Title>
            <Text c="dimmed" size="sm" aria-live="polite">
              {orders.loading
                ? "Loading…"
                : `${formatCount(orders.total)} ${orders.total === 1 ? "order" : "orders"}`}
            </Text>
            {orders.refreshing && <Loader size="xs" aria-label="Updating" />}
          </Group>
        </Group>
        <Group gap="xs" wrap="wrap">
          <TextInput
            ref={searchRef}
            aria-label="Search orders"
            placeholder="Search number, customer, partner, address  ( / )"
            leftSection={<IconSearch size={16} />}
            value={typed}
            maxLength={100}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              applySearch(e.currentTarget.value);
              resetScroll();
            }}
            w={360}
          />
          <MultiSelect
            aria-label="Status"
            placeholder={state.filter.status?.length ? undefined : "Any status"}
            data={statusOptions}
            value={state.filter.status ?? noStatus}
            onChange={(value) => {
              update({ status: value.join(",") });
              resetScroll();
            }}
            clearable
            w={300}
          />
          <Select
            aria-label="Region"
            placeholder="Any region"
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
          <Select
            aria-label="Customer type"
            placeholder="All customers"
            data={keyAccountOptions}
            value={
              state.filter.keyAccount === undefined
                ? null
                : state.filter.keyAccount
                  ? "yes"
                  : "no"
            }
            onChange={(value) => {
              update({ keyAccount: value });
              resetScroll();
            }}
            clearable
            w={190}
          />
          {state.filter.search && (
            <Badge variant="light" size="lg">
              Matching “{state.filter.search}”
            </Badge>
          )}
        </Group>
      </Stack>
      {orders.error && !orders.loading ? (
        <LoadState error={orders.error} retry={orders.retry} label="orders" />
      ) : !orders.loading && orders.total === 0 ? (
        <Stack align="center" mt="xl" gap={4}>
          <Text fw={500}>No orders match.</Text>
          <Text c="dimmed" size="sm">
            Clear the search or a filter to see more orders.
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
