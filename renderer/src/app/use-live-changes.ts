import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { call } from "../api/client";

/**
 * Team mode: keeps one long poll open (changes.wait) and, when another console changes
 * something, refreshes what this window shows. Forms are not reset by it: they notice the new
 * version themselves and warn (see FulfilmentForm). On a local database it asks once and stops.
 */
export function useLiveChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stopped = false;
    let cursor = -1;
    void (async () => {
      while (!stopped) {
        try {
          const batch = await call("changes.wait", {
            after: cursor,
            timeoutMs: 20_000,
          });
          if (!batch.live) return;
          if (cursor >= 0 && batch.changes.length > 0 && !stopped)
            await queryClient.invalidateQueries();
          cursor = batch.cursor;
        } catch {
          // The server is away (or restarting): ask again shortly.
          await new Promise((resolve) => setTimeout(resolve, 3_000));
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, [queryClient]);
}
