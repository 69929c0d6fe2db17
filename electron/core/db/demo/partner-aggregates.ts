// After the demo orders exist: each partner's order scores, rating history, current rating, tier,
// active orders and last assignment, as the ratings and dispatch services would have kept them.
import { subMonths } from "date-fns";
import { defaultPolicy } from "../../../../shared/policy";
import { businessDateOf } from "../../../../shared/rules/business-time";
import { tierOf } from "../../../../shared/rules/tier";
import type { OrderWorld } from "./order-life";
import type BetterSqlite3 from "better-sqlite3";

export function writePartnerAggregates(
  world: OrderWorld,
  sqlite: BetterSqlite3.Database,
): void {
  const { sink, nowMs } = world;
  const byPartner = new Map<number, OrderWorld["scores"]>();
  for (const entry of world.scores) {
    const list = byPartner.get(entry.partnerId) ?? [];
    list.push(entry);
    byPartner.set(entry.partnerId, list);
  }
  let historyId = 0;
  const update = sqlite.prepare(
    `UPDATE partners SET rating = ?, tier = ?, rated_orders = ?, rating_updated_at = ?, active_orders = ?,
       last_assigned_at = (SELECT max(assigned_at) FROM assignments WHERE partner_id = partners.id)
     WHERE id = ?`,
  );
  for (const partner of world.partners) {
    const entries = (byPartner.get(partner.id) ?? []).sort(
      (a, b) => a.atMs - b.atMs,
    );
    let start = 0;
    let sum = 0;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as OrderWorld["scores"][number];
      sink.insert("partner_scores", {
        partner_id: partner.id,
        order_id: entry.orderId,
        source: entry.source,
        score: entry.score,
        scored_on: businessDateOf(new Date(entry.atMs)),
        rating_id: entry.ratingId,
        assignment_id: entry.assignmentId,
      });
      sum += entry.score;
      const windowStart = subMonths(
        new Date(entry.atMs),
        defaultPolicy.ratingWindowMonths,
      ).getTime();
      while (
        start < i &&
        (entries[start] as OrderWorld["scores"][number]).atMs < windowStart
      ) {
        sum -= (entries[start] as OrderWorld["scores"][number]).score;
        start++;
      }
      const count = i - start + 1;
      const rating = sum / count;
      historyId++;
      sink.insert("partner_rating_history", {
        id: historyId,
        partner_id: partner.id,
        recorded_at: new Date(entry.atMs).toISOString(),
        rating,
        tier: tierOf(rating, defaultPolicy),
        rated_orders: count,
        cause:
          entry.source === "rating"
            ? `order ${entry.orderId} rated`
            : `order ${entry.orderId} cancelled`,
      });
    }
    const windowStart = subMonths(
      new Date(nowMs),
      defaultPolicy.ratingWindowMonths,
    ).getTime();
    const inWindow = entries.filter((e) => e.atMs >= windowStart);
    const rating =
      inWindow.length > 0
        ? inWindow.reduce((n, e) => n + e.score, 0) / inWindow.length
        : null;
    update.run(
      rating,
      tierOf(rating, defaultPolicy),
      inWindow.length,
      entries.at(-1)
        ? new Date(
            (entries.at(-1) as OrderWorld["scores"][number]).atMs,
          ).toISOString()
        : null,
      world.activeOrders.get(partner.id) ?? 0,
      partner.id,
    );
  }
}
