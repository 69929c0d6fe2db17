import { useSearchParams } from "react-router";

/**
 * Filters kept in the address (so a screen can be linked, survives a reload and is restored when
 * the user comes back to it): the current parameters, a setter of one parameter, and a setter of
 * several at once. A parameter set to null or "" is removed.
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
  /** Several at once, in place of the current history entry: typing and sorting are no steps for Back. */
  const updateParams = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "") next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return [params, setParam, updateParams] as const;
}
