import { useSearchParams } from "react-router";

/**
 * Filters kept in the address (so a screen can be linked and survives a reload): the current
 * parameters and a setter that removes a parameter set to null or "".
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return [params, setParam] as const;
}
