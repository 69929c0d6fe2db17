// After the demo orders exist: each partner's order scores, rating history, current rating, tier,
// active orders and last assignment, as the ratings and dispatch services would have kept them.
import { subMonths } from "date-fns";
import { defaultPolicy } from "../../../../shared/policy";
import { businessDateOf } from "../../../../shared/rules/business-time";
import {
  partnerRatingOf,
  type ExactScore,
  type ScoreGroup,
} from "../../../../shared/rules/tier";
import type { OrderWorld } from "./order-life";
import type BetterSqlite3 from "better-sqlite3";
import type { SeedWriter } from "./seed-writer";

export function writePartnerAggregates(
  world: OrderWorld,
  sqlite: BetterSqlite3.Database,
  writer: SeedWriter,
): void {
  const { sink, nowMs } = world;
  const byPartner = new Map<number, OrderWorld["scores"]>();
  for (const entry of world.scores) {
    const list = byPartner.get(entry.partnerId) ?? [];
    list.push(entry);
    byPartner.set(entry.partnerId, list);
  }
  let historyId = 0;
  // Migration tests seed databases as they were before 0014, which kept no exact form.
  const exactColumns = (
    sqlite.pragma("table_info(partner_scores)") as { name: string }[]
  ).some((c) => c.name === "score_points");
  const update = (values: unknown[]) =>
    writer.run(
      `UPDATE partners SET rating = ?, tier = ?, rated_orders = ?, rating_updated_at = ?, active_orders = ?,
       last_assigned_at = (SELECT max(assigned_at) FROM assignments WHERE partner_id = partners.id)
     WHERE id = ?`,
      values,
    );
  for (const partner of world.partners) {
    const entries = (byPartner.get(partner.id) ?? []).sort(
      (a, b) => a.atMs - b.atMs,
    );
    let start = 0;
    const window = new ScoreWindow();
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as OrderWorld["scores"][number];
      sink.insert("partner_scores", {
        partner_id: partner.id,
        order_id: entry.orderId,
        source: entry.source,
        score: entry.points / entry.parts,
        // (Left out of a database from before 0014, which has no such columns.)
        ...(exactColumns
          ? { score_points: entry.points, score_parts: entry.parts }
          : ({} as { score_points: number; score_parts: number })),
        scored_on: businessDateOf(new Date(entry.atMs)),
        rating_id: entry.ratingId,
        assignment_id: entry.assignmentId,
      });
      window.add(entry, 1);
      const windowStart = subMonths(
        new Date(entry.atMs),
        defaultPolicy.ratingWindowMonths,
      ).getTime();
      while (
        start < i &&
        (entries[start] as OrderWorld["scores"][number]).atMs < windowStart
      ) {
        window.add(entries[start] as OrderWorld["scores"][number], -1);
        start++;
      }
      const { rating, tier, ratedOrders } = partnerRatingOf(
        window.groups(),
        defaultPolicy,
      );
      historyId++;
      sink.insert("partner_rating_history", {
        id: historyId,
        partner_id: partner.id,
        recorded_at: new Date(entry.atMs).toISOString(),
        rating,
        tier,
        rated_orders: ratedOrders,
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
    const inWindow = new ScoreWindow();
    for (const entry of entries)
      if (entry.atMs >= windowStart) inWindow.add(entry, 1);
    const now = partnerRatingOf(inWindow.groups(), defaultPolicy);
    update([
      now.rating,
      now.tier,
      now.ratedOrders,
      entries.at(-1)
        ? new Date(
            (entries.at(-1) as OrderWorld["scores"][number]).atMs,
          ).toISOString()
        : null,
      world.activeOrders.get(partner.id) ?? 0,
      partner.id,
    ]);
  }
}

/** The exact order scores in a sliding rating window, summed per denominator. */
class ScoreWindow {
  private readonly byParts = new Map<number, ScoreGroup>();

  add(score: ExactScore, sign: 1 | -1): void {
    const group = this.byParts.get(score.parts) ?? {
      parts: score.parts,
      points: 0,
      count: 0,
    };
    group.points += sign * score.points;
    group.count += sign;
    this.byParts.set(score.parts, group);
  }

  groups(): ScoreGroup[] {
    return [...this.byParts.values()];
  }
}
