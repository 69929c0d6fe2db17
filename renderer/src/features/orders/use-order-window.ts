// Fetches only the pages of the Orders list that are on screen, so scrolling through 200,000
// orders asks the core for 100 rows at a time and never holds the whole list.
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import type { OrderRow } from "../../../../shared/contract";
import { call } from "../../api/client";
import type { OrdersQueryState } from "./use-orders-query-state";

export const pageSize = 100;

function pageQuery(state: OrdersQueryState, page: number) {
  return {
    queryKey: ["orders.list", state.sort, state.filter, page],
    queryFn: () =>
      call("orders.list", {
        offset: page * pageSize,
        limit: pageSize,
        sort: state.sort,
        filter: state.filter,
      }),
    staleTime: 15_000,
  };
}

export function useOrderWindow(
  state: OrdersQueryState,
  firstIndex: number,
  lastIndex: number,
) {
  // The first page also tells the total, which sizes the scroll area.
  const head = useQuery({
    ...pageQuery(state, 0),
    placeholderData: keepPreviousData,
  });
  const firstPage = Math.floor(Math.max(0, firstIndex) / pageSize);
  const lastPage = Math.floor(Math.max(0, lastIndex) / pageSize);
  const pages = useQueries({
    queries: Array.from({ length: lastPage - firstPage + 1 }, (_, i) =>
      pageQuery(state, firstPage + i),
    ),
  });
  const rowAt = (index: number): OrderRow | undefined => {
    const page = Math.floor(index / pageSize);
    const result = page === 0 ? head.data : pages[page - firstPage]?.data;
    return result?.rows[index - page * pageSize];
  };
  return {
    total: head.data?.total ?? 0,
    rowAt,
    loading: head.isLoading,
    refreshing: head.isFetching && head.isPlaceholderData,
    error: head.error ?? pages.find((p) => p.error)?.error ?? null,
    retry: () => void head.refetch(),
  };
}
