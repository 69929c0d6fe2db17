import { Box, Skeleton, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { OrderRow, OrderSort } from "../../../../shared/contract";
import { columnStyle, sortOf, useOrderColumns } from "./order-columns";
import type { OrdersQueryState } from "./use-orders-query-state";
import classes from "./OrdersTable.module.css";

const rowHeight = 37;

export interface VisibleRow {
  index: number;
  start: number;
  row: OrderRow | undefined;
}

interface OrdersTableProps {
  state: OrdersQueryState;
  onSort(sort: OrderSort): void;
  scrollRef: RefObject<HTMLDivElement | null>;
  rows: VisibleRow[];
  total: number;
}

/** The order rows on screen, with the header that sorts them; rows not yet fetched show as placeholders. */
export function OrdersTable({
  state,
  onSort,
  scrollRef,
  rows,
  total,
}: OrdersTableProps) {
  const { t } = useTranslation("orders");
  const navigate = useNavigate();
  const columns = useOrderColumns();
  const data = rows.flatMap((r) => (r.row ? [r.row] : []));
  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualSorting: true,
    // Paging is the server's; without these the table resets its page on every new data array, for ever.
    manualPagination: true,
    autoResetPageIndex: false,
  });
  const header = table.getHeaderGroups()[0];
  const cellsById = new Map(
    table.getRowModel().rows.map((r) => [r.original.id, r]),
  );
  const totalWidth = columns.reduce((n, c) => n + (c.size ?? 120), 0);

  return (
    <Box
      ref={scrollRef}
      className={classes.scroll}
      role="region"
      aria-label={t("table.label")}
      tabIndex={-1}
    >
      <Table
        className={classes.table}
        style={{ minWidth: totalWidth, width: "100%" }}
        highlightOnHover
        stickyHeader
        aria-rowcount={total}
        verticalSpacing={6}
      >
        <Table.Thead>
          <Table.Tr>
            {header?.headers.map((h) => {
              const sortKey = sortOf[h.column.id];
              const active =
                sortKey !== undefined && state.sort.column === sortKey;
              const Icon = active
                ? state.sort.direction === "asc"
                  ? IconArrowUp
                  : IconArrowDown
                : IconSelector;
              return (
                <Table.Th
                  key={h.id}
                  style={columnStyle(h.column.id, h.getSize())}
                  aria-sort={
                    active
                      ? state.sort.direction === "asc"
                        ? "ascending"
                        : "descending"
                      : "none"
                  }
                >
                  {sortKey ? (
                    <UnstyledButton
                      className={classes.sortButton}
                      onClick={() =>
                        onSort({
                          column: sortKey,
                          direction:
                            active && state.sort.direction === "asc"
                              ? "desc"
                              : "asc",
                        })
                      }
                    >
                      {flexRender(h.column.columnDef.header, h.getContext())}
                      <Icon size={14} aria-hidden />
                    </UnstyledButton>
                  ) : (
                    flexRender(h.column.columnDef.header, h.getContext())
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody
          style={{ height: total * rowHeight, position: "relative" }}
        >
          {rows.map(({ index, start, row }) => {
            const model = row ? cellsById.get(row.id) : undefined;
            return (
              <Table.Tr
                key={index}
                className={classes.row}
                style={{
                  transform: `translateY(${start}px)`,
                  height: rowHeight,
                }}
                aria-rowindex={index + 2}
                onClick={row ? () => navigate(`/orders/${row.id}`) : undefined}
                onKeyDown={
                  row
                    ? (e) => e.key === "Enter" && navigate(`/orders/${row.id}`)
                    : undefined
                }
                tabIndex={row ? 0 : -1}
                aria-label={
                  row
                    ? t("table.row", { number: row.number })
                    : t("table.loadingRow")
                }
              >
                {model
                  ? model.getVisibleCells().map((cell) => (
                      <Table.Td
                        key={cell.id}
                        style={columnStyle(
                          cell.column.id,
                          cell.column.getSize(),
                        )}
                      >
                        {flexRender(
                          cell.column.columnDef.cell,
                          cell.getContext(),
                        )}
                      </Table.Td>
                    ))
                  : columns.map((c, i) => (
                      <Table.Td
                        key={i}
                        style={columnStyle(
                          String("accessorKey" in c ? c.accessorKey : i),
                          c.size ?? 120,
                        )}
                      >
                        <Skeleton height={12} radius="sm" />
                      </Table.Td>
                    ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** The virtual window over the whole list: which indexes are on screen and where they sit. */
export function useVirtualRows(total: number) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  return { scrollRef, items, virtualizer };
}
