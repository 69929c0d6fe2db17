// The Partners list's sort, filters, search and page, kept in the address like the Orders list's:
// Back returns to the same list, and the console restores it when the user comes back to Partners.
import { useMemo } from "react";
import { useUrlParams } from "../../app/use-url-params";
import {
  partnerSortColumns,
  type PartnersListInput,
} from "../../../../shared/contract";
import { tiers, type Tier } from "../../../../shared/domain";

type PartnerSort = NonNullable<PartnersListInput["sort"]>;

export interface PartnersQueryState {
  sort: PartnerSort;
  tier: Tier | null;
  nearBoundary: boolean;
  search: string;
  page: number;
}

const isTier = (s: string): s is Tier =>
  (tiers as readonly string[]).includes(s);
const isSortColumn = (s: string): s is PartnerSort["column"] =>
  (partnerSortColumns as readonly string[]).includes(s);

export function usePartnersQueryState() {
  const [params, , updateParams] = useUrlParams();
  const state = useMemo<PartnersQueryState>(() => {
    const column = params.get("sort") ?? "";
    const tier = params.get("tier") ?? "";
    const page = Number(params.get("page") ?? "1");
    return {
      sort: {
        column: isSortColumn(column) ? column : "rating",
        direction: params.get("dir") === "asc" ? "asc" : "desc",
      },
      tier: isTier(tier) ? tier : null,
      // ?near=1 (from the home screen) opens the list on the partners near a tier boundary.
      nearBoundary: params.get("near") === "1",
      search: (params.get("q") ?? "").slice(0, 100),
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }, [params]);

  /** Changes some of the list's settings; any change but the page goes back to page 1. */
  const update = (changes: Record<string, string | null>) =>
    updateParams("page" in changes ? changes : { ...changes, page: null });

  return { state, update };
}
