import { Box, Skeleton, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type RefObject } from "react";
import { useNavigate } from "react-router";
import classes from "./VirtualTable.module.css";

const rowHeight = 37;

export interface VisibleRow<Row> {
  index: number;
  start: number;
  row: Row | undefined;
}

export interface ListSort<Column extends string> {
  column: Column;
  direction: "asc" | "desc";
}

interface VirtualTableProps<Row extends { id: number }, Column extends string> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tanstack's columns of mixed value types
  columns: ColumnDef<Row, any>[];
  /** Which server-side sort each column asks for, if it can be sorted. */
  sortOf: Record<string, Column | undefined>;
  /** Text columns that share the width left over; the others keep their size. */
  growing: ReadonlySet<string>;
  sort: ListSort<Column>;
  onSort(sort: ListSort<Column>): void;
  scrollRef: RefObject<HTMLDivElement | null>;
  rows: VisibleRow<Row>[];
  total: number;
  label: string;
  rowLabel(row: Row): string;
  loadingRowLabel: string;
  /** Where Enter or a click on a row goes. */
  hrefOf(row: Row): string;
}

/** The flex style of a column: its size, and its share of spare width if it grows. */
const columnStyle = (growing: ReadonlySet<string>, id: string, size: number) =>
  growing.has(id)
    ? { flex: `1 1 ${size}px`, minWidth: size }
    : { flex: "none", width: size };

/**
 * The rows of a long list that are on screen, with the header that sorts them on the server; rows
 * not yet fetched show as placeholders. Scrolling through 200,000 rows keeps a few dozen drawn.
 */
export function VirtualTable<
  Row extends { id: number },
  Column extends string,
>({
  columns,
  sortOf,
  growing,
  sort,
  onSort,
  scrollRef,
  rows,
  total,
  label,
  rowLabel,
  loadingRowLabel,
  hrefOf,
}: VirtualTableProps<Row, Column>) {
  const navigate = useNavigate();
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
      aria-label={label}
      tabIndex={-1}
      data-key-list
    >
      <Table
        className={classes.table}
        style={{ minWidth: totalWidth, width: "100%" }}
        highlightOnHover
        stickyHeader
        aria-rowcount={total + 1}
        verticalSpacing={6}
      >
        <Table.Thead>
          <Table.Tr>
            {header?.headers.map((h) => {
              const sortKey = sortOf[h.column.id];
              const active = sortKey !== undefined && sort.column === sortKey;
              const Icon = active
                ? sort.direction === "asc"
                  ? IconArrowUp
                  : IconArrowDown
                : IconSelector;
              return (
                <Table.Th
                  key={h.id}
                  style={columnStyle(growing, h.column.id, h.getSize())}
                  aria-sort={
                    active
                      ? sort.direction === "asc"
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
                            active && sort.direction === "asc" ? "desc" : "asc",
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
                onClick={row ? () => navigate(hrefOf(row)) : undefined}
                data-list-row={row ? true : undefined}
                tabIndex={row ? 0 : -1}
                aria-label={row ? rowLabel(row) : loadingRowLabel}
              >
                {model
                  ? model.getVisibleCells().map((cell) => (
                      <Table.Td
                        key={cell.id}
                        style={columnStyle(
                          growing,
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
                          growing,
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
