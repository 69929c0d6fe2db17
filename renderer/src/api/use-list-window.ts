// Fetches only the pages of a long list that are on screen, so scrolling through 200,000 rows asks
// the core for 100 at a time and never holds the whole list.
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import type { Page } from "../../../shared/contract";

export const pageSize = 100;

export function useListWindow<Row>(
  /** What identifies the list as filtered and sorted (the query's cache key). */
  key: readonly unknown[],
  fetchPage: (offset: number, limit: number) => Promise<Page<Row>>,
  firstIndex: number,
  lastIndex: number,
) {
  const pageQuery = (page: number) => ({
    queryKey: [...key, page],
    queryFn: () => fetchPage(page * pageSize, pageSize),
    staleTime: 15_000,
  });
  // The first page also tells the total, which sizes the scroll area.
  const head = useQuery({ ...pageQuery(0), placeholderData: keepPreviousData });
  const firstPage = Math.floor(Math.max(0, firstIndex) / pageSize);
  const lastPage = Math.floor(Math.max(0, lastIndex) / pageSize);
  const pages = useQueries({
    queries: Array.from({ length: lastPage - firstPage + 1 }, (_, i) =>
      pageQuery(firstPage + i),
    ),
  });
  const rowAt = (index: number): Row | undefined => {
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
