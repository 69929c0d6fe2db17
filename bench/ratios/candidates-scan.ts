// candidates_vs_scan: the console ranks an order's candidates from the partners' maintained
// aggregates (rating, tier); the same ranking without them computes every rating from a scan of all
// order scores in the rating window, as a console without aggregates would.
import type { Kysely } from "kysely";
import type { Candidate } from "../../shared/contract";
import type { Policy } from "../../shared/policy";
import { rankCandidates } from "../../shared/rules/rank-candidates";
import { partnerRatingOf } from "../../shared/rules/tier";
import {
  orderForDispatch,
  regionPartnersWorthMentioning,
} from "../../electron/core/dispatch/candidates";
import type { Database } from "../../electron/core/db/schema";
import { windowStartOf } from "../../electron/core/ratings/recompute-partner";
import { scoreGroupsByPartner } from "../../electron/core/ratings/score-groups";
import { sum, timeInTurn } from "../measure";

/** The order's candidates, best first, with every rating and tier computed from the scores. */
export async function candidatesFromScan(
  db: Kysely<Database>,
  orderId: number,
  context: { policy: Policy; now: Date },
): Promise<Candidate[]> {
  const order = await orderForDispatch(db, orderId);
  const [partners, scores] = await Promise.all([
    regionPartnersWorthMentioning(db, order),
    scoreGroupsByPartner(db, windowStartOf(context.now, context.policy)),
  ]);
  const rescored = partners.map((partner) => {
    const { rating, tier } = partnerRatingOf(
      scores.get(partner.partnerId) ?? [],
      context.policy,
    );
    return { ...partner, rating, tier };
  });
  return rankCandidates(order, rescored).candidates;
}

/**
 * Each order's candidates asked of the console (`askConsole`) and ranked from the scan, in turn; the
 * ratio of the scan's total time to the console's.
 */
export async function candidatesVsScan(
  askConsole: (orderId: number) => Promise<unknown>,
  db: Kysely<Database>,
  orderIds: number[],
  context: { policy: Policy; now: Date },
): Promise<number> {
  const [consoleMs, scanMs] = await timeInTurn(
    orderIds,
    askConsole,
    (orderId) => candidatesFromScan(db, orderId, context),
  );
  return sum(scanMs) / sum(consoleMs);
}
