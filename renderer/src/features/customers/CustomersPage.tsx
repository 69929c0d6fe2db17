import { Group, Loader, Select, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { languageNames, languages } from "../../../../shared/i18n/languages";
import { call } from "../../api/client";
import { useListWindow } from "../../api/use-list-window";
import { useCan } from "../../app/use-can";
import { ListSearch } from "../../components/ListSearch";
import { formatCount } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { useVirtualRows, VirtualTable } from "../../components/VirtualTable";
import { YesNoFilter, type YesNo } from "../../components/YesNoFilter";
import { ListActions } from "../data-files/ListActions";
import { growingColumns, sortOf, useCustomerColumns } from "./customer-columns";
import { CustomerFormDrawer } from "./CustomerFormDrawer";
import { useCustomersQueryState } from "./use-customers-query-state";
import { useShortcuts } from "../../app/shortcuts";

export function CustomersPage() {
  const { t } = useTranslation(["customers", "imports"]);
  const { state, update, searchText } = useCustomersQueryState();
  const mayEdit = useCan("editCustomers");
  const [adding, setAdding] = useState(false);
  useShortcuts({ newItem: () => mayEdit && setAdding(true) });
  const [knownTotal, setKnownTotal] = useState(0);
  const { scrollRef, items, virtualizer } = useVirtualRows(knownTotal);
  const customers = useListWindow(
    ["customers.list", state.sort, state.filter],
    (offset, limit) =>
      call("customers.list", {
        offset,
        limit,
        sort: state.sort,
        filter: state.filter,
      }),
    items[0]?.index ?? 0,
    items.at(-1)?.index ?? 0,
  );
  useEffect(() => {
    if (!customers.loading) setKnownTotal(customers.total);
  }, [customers.total, customers.loading]);
  const resetScroll = () => virtualizer.scrollToOffset(0);
  const columns = useCustomerColumns();

  return (
    <Stack h="100vh" gap={0}>
      <Stack gap="xs" p="md" pb="sm">
        <Group justify="space-between">
          <Group gap="xs" align="baseline">
            <Title order={1} size="h3">
              {t("list.title")}
            </Title>
            <Text c="dimmed" size="sm" aria-live="polite">
              {customers.loading
                ? t("list.loading")
                : t("list.count", {
                    count: customers.total,
                    total: formatCount(customers.total),
                  })}
            </Text>
            {customers.refreshing && (
              <Loader size="xs" aria-label={t("list.updating")} />
            )}
          </Group>
          <ListActions
            list={{
              list: "customers",
              sort: state.sort,
              filter: state.filter,
            }}
            mayAdd={mayEdit}
            newLabel={t("list.new")}
            onNew={() => setAdding(true)}
          />
        </Group>
        <Group gap="xs">
          <ListSearch
            label={t("list.searchLabel")}
            placeholder={t("list.searchPlaceholder")}
            value={searchText}
            onSearch={(q) => update({ q })}
            onTyped={resetScroll}
            width={340}
          />
          <YesNoFilter
            label={t("list.keyAccountLabel")}
            placeholder={t("list.allCustomers")}
            options={[
              { value: "yes" as YesNo, label: t("list.keyAccountsOnly") },
              { value: "no" as YesNo, label: t("list.otherCustomers") },
            ]}
            value={state.filter.keyAccount}
            onChange={(value) => {
              update({ keyAccount: value });
              resetScroll();
            }}
            width={200}
          />
          <Select
            aria-label={t("list.languageLabel")}
            placeholder={t("list.anyLanguage")}
            data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
            value={state.filter.language ?? null}
            onChange={(value) => {
              update({ language: value });
              resetScroll();
            }}
            clearable
            w={170}
          />
        </Group>
      </Stack>
      {customers.error && !customers.loading ? (
        <LoadState
          error={customers.error}
          retry={customers.retry}
          label={t("list.what")}
        />
      ) : !customers.loading && customers.total === 0 ? (
        <Stack align="center" mt="xl" gap={4}>
          <Text fw={500}>
            {Object.keys(state.filter).length > 0
              ? t("list.noMatch")
              : t("list.empty")}
          </Text>
          <Text c="dimmed" size="sm">
            {Object.keys(state.filter).length > 0
              ? t("list.noMatchHint")
              : t("list.emptyHint")}
          </Text>
        </Stack>
      ) : (
        <VirtualTable
          columns={columns}
          sortOf={sortOf}
          growing={growingColumns}
          sort={state.sort}
          onSort={(sort) => {
            update({ sort: sort.column, dir: sort.direction });
            resetScroll();
          }}
          scrollRef={scrollRef}
          rows={items.map((item) => ({
            index: item.index,
            start: item.start,
            row: customers.rowAt(item.index),
          }))}
          total={knownTotal}
          label={t("list.label")}
          rowLabel={(row) => t("list.row", { name: row.name })}
          loadingRowLabel={t("list.loadingRow")}
          hrefOf={(row) => `/customers/${row.id}`}
        />
      )}
      {adding && (
        <CustomerFormDrawer opened={adding} onClose={() => setAdding(false)} />
      )}
    </Stack>
  );
}
