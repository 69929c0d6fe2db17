import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { OrderRow, OrderSort } from "../../../../shared/contract";
import { VirtualTable, type VisibleRow } from "../../components/VirtualTable";
import { growingColumns, sortOf, useOrderColumns } from "./order-columns";
import type { OrdersQueryState } from "./use-orders-query-state";

/** The order rows on screen, with the header that sorts them. */
export function OrdersTable({
  state,
  onSort,
  scrollRef,
  rows,
  total,
}: {
  state: OrdersQueryState;
  onSort(sort: OrderSort): void;
  scrollRef: RefObject<HTMLDivElement | null>;
  rows: VisibleRow<OrderRow>[];
  total: number;
}) {
  const { t } = useTranslation("orders");
  return (
    <VirtualTable
      columns={useOrderColumns()}
      sortOf={sortOf}
      growing={growingColumns}
      sort={state.sort}
      onSort={onSort}
      scrollRef={scrollRef}
      rows={rows}
      total={total}
      label={t("table.label")}
      rowLabel={(row) => t("table.row", { number: row.number })}
      loadingRowLabel={t("table.loadingRow")}
      hrefOf={(row) => `/orders/${row.id}`}
    />
  );
}
