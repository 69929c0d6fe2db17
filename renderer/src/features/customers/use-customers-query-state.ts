// The Customers list's sort, filters and search, kept in the address like the other lists': Back
// returns to the same list, and the console restores it when the user comes back to Customers.
import { useMemo } from "react";
import {
  customerSortColumns,
  type CustomerSort,
  type CustomersFilter,
} from "../../../../shared/contract";
import { isLanguage } from "../../../../shared/i18n/languages";
import { useUrlParams } from "../../app/use-url-params";
import { yesNoParam } from "../../components/YesNoFilter";

export interface CustomersQueryState {
  sort: CustomerSort;
  filter: CustomersFilter;
}

const isSortColumn = (s: string): s is CustomerSort["column"] =>
  (customerSortColumns as readonly string[]).includes(s);

export function useCustomersQueryState() {
  const [params, , updateParams] = useUrlParams();
  const state = useMemo<CustomersQueryState>(() => {
    const column = params.get("sort") ?? "";
    const language = params.get("language");
    const keyAccount = yesNoParam(params.get("keyAccount"));
    const search = (params.get("q") ?? "").trim().slice(0, 100);
    return {
      sort: {
        column: isSortColumn(column) ? column : "name",
        direction: params.get("dir") === "desc" ? "desc" : "asc",
      },
      filter: {
        ...(keyAccount !== undefined ? { keyAccount } : {}),
        ...(isLanguage(language) ? { language } : {}),
        ...(search ? { search } : {}),
      },
    };
  }, [params]);
  return { state, update: updateParams, searchText: params.get("q") ?? "" };
}
