import { z } from "zod";
import { op } from "./op";

/** What needs the signed-in user now, by role (every count is for everyone to see). */
export interface HomeSummary {
  openOrders: number;
  keyAccountsWaiting: number;
  overdueTodos: number;
  reviewQueue: number;
  oldestWaitingSince: string | null;
  ordersToRate: number;
  partnersNearBoundary: number;
  unreadThreads: number;
  unansweredThreads: number;
}

export const homeOperations = {
  "home.summary": op<HomeSummary>()({
    input: z.object({}).strict(),
    access: "see",
  }),
};
