// The Orders list's window: only the pages on screen, filtered and sorted on the server.
import { call } from "../../api/client";
import { useListWindow } from "../../api/use-list-window";
import type { OrdersQueryState } from "./use-orders-query-state";

export function useOrderWindow(
  state: OrdersQueryState,
  firstIndex: number,
  lastIndex: number,
) {
  return useListWindow(
    ["orders.list", state.sort, state.filter],
    (offset, limit) =>
      call("orders.list", {
        offset,
        limit,
        sort: state.sort,
        filter: state.filter,
      }),
    firstIndex,
    lastIndex,
  );
}
