import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Input, Method, Output } from "../../../shared/contract";
import { call } from "./client";

/** Reads an operation's answer, cached by method and input. Lists keep the last answer while the next loads. */
export function useOperation<M extends Method>(
  method: M,
  input: Input<M>,
  options: {
    enabled?: boolean;
    keepPrevious?: boolean;
    /**
     * Asks again this often while shown (a state that changes without anyone here acting), or as
     * often as the last answer says (false: not again).
     */
    refreshMs?: number | ((answer: Output<M> | undefined) => number | false);
  } = {},
) {
  const { refreshMs } = options;
  return useQuery<Output<M>, Error>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled ?? true,
    refetchInterval:
      typeof refreshMs === "function"
        ? (query) => refreshMs(query.state.data)
        : (refreshMs ?? false),
  });
}
