import { z } from "zod";
import { op } from "./op";

/** Something another console (or this one) changed: an order, or what hangs off it, or a partner. */
export interface Change {
  seq: number;
  kind: "order" | "partner";
  id: number;
  table: string;
}

export interface ChangeBatch {
  /** Pass it as `after` next time. */
  cursor: number;
  changes: Change[];
  /** False where nothing reports changes (a local database has one console): stop asking. */
  live: boolean;
}

export const changeOperations = {
  /** Waits up to timeoutMs for changes after the cursor (-1: just tell me the cursor). */
  "changes.wait": op<ChangeBatch>()({
    input: z
      .object({
        after: z.number().int().min(-1),
        timeoutMs: z.number().int().min(0).max(25_000).default(20_000),
      })
      .strict(),
    access: "see",
  }),
};
