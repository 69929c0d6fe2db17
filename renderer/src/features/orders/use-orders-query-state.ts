// The Orders list's sort, filters and search, kept in the address so Back returns to the same list.
import { useMemo } from "react";
import { useUrlParams } from "../../app/use-url-params";
import { yesNoParam } from "../../components/YesNoFilter";
import {
  orderSortColumns,
  type OrderSort,
  type OrdersFilter,
} from "../../../../shared/contract";
import {
  orderStatuses,
  Region,
  type OrderStatus,
} from "../../../../shared/domain";

export interface OrdersQueryState {
  sort: OrderSort;
  filter: OrdersFilter;
}

const isStatus = (s: string): s is OrderStatus =>
  (orderStatuses as readonly string[]).includes(s);
/** A region's code as the address may hold it (which regions exist is the admins' list). */
const isRegion = (s: string) => Region.safeParse(s).success;
const isSortColumn = (s: string): s is OrderSort["column"] =>
  (orderSortColumns as readonly string[]).includes(s);

export function useOrdersQueryState() {
  const [params, , updateParams] = useUrlParams();
  const state = useMemo<OrdersQueryState>(() => {
    const column = params.get("sort") ?? "";
    const status = (params.get("status") ?? "").split(",").filter(isStatus);
    const region = params.get("region") ?? "";
    const keyAccount = yesNoParam(params.get("keyAccount"));
    const rated = yesNoParam(params.get("rated"));
    const search = params.get("q") ?? "";
    return {
      sort: {
        column: isSortColumn(column) ? column : "createdAt",
        direction: params.get("dir") === "asc" ? "asc" : "desc",
      },
      filter: {
        ...(status.length > 0 ? { status } : {}),
        ...(isRegion(region) ? { region } : {}),
        ...(keyAccount !== undefined ? { keyAccount } : {}),
        ...(rated !== undefined ? { rated } : {}),
        ...(search.trim() ? { search: search.trim().slice(0, 100) } : {}),
      },
    };
  }, [params]);

  const update = updateParams;

  return { state, update, searchText: params.get("q") ?? "" };
}
