// A partner's score for the account managers' charts, aggregated in SQL so that no chart gets
// more than a few hundred points, however long the history.
import { addDays, format, parseISO, subMonths } from "date-fns";
import { sql, type Kysely } from "kysely";
import type {
  PartnerScore,
  PartnerScoreHistory,
  ScorePoint,
} from "../../../shared/contract";
import type { Tier } from "../../../shared/domain";
import type { Policy } from "../../../shared/policy";
import { businessDateOf, instantAt } from "../../../shared/rules/business-time";
import { dialectOf, type Dialect } from "../db/dialect";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { windowStartOf } from "./recompute-partner";

const bucketExpressions = (dialect: Dialect) => ({
  day: sql<string>`substr(recorded_at, 1, 10)`,
  week:
    dialect === "postgres"
      ? sql<string>`to_char(recorded_at::timestamptz, 'IYYY-IW')`
      : sql<string>`strftime('%Y-%W', recorded_at)`,
  month: sql<string>`substr(recorded_at, 1, 7)`,
});
/** The half-star band of a score: 1, 1.5, … 4.5 (a 5 counts in the top band). */
const scoreBand = sql<number>`CASE WHEN floor(score * 2) / 2.0 > 4.5 THEN 4.5 ELSE floor(score * 2) / 2.0 END`;
const ratedMonth = sql<string>`substr(rated_at, 1, 7)`;

interface PointRow {
  at: string;
  rating: number | null;
  tier: Tier;
  rated_orders: number;
}

const toPoint = (r: PointRow): ScorePoint => ({
  at: r.at,
  rating: r.rating,
  tier: r.tier,
  ratedOrders: r.rated_orders,
});

export async function partnerScore(
  db: Kysely<Database>,
  partnerId: number,
  context: { policy: Policy; now: Date },
): Promise<PartnerScore> {
  const partner = await db
    .selectFrom("partners")
    .select(["rating", "tier", "rated_orders"])
    .where("id", "=", partnerId)
    .executeTakeFirst();
  if (!partner) throw notFound("partner", partnerId);
  const history = await db
    .selectFrom("partner_rating_history")
    .select(["recorded_at as at", "rating", "tier", "rated_orders"])
    .where("partner_id", "=", partnerId)
    .orderBy("recorded_at", "desc")
    .orderBy("id", "desc")
    .limit(50)
    .execute();
  return {
    rating: partner.rating,
    tier: partner.tier,
    ratedOrders: partner.rated_orders,
    windowStart: windowStartOf(context.now, context.policy),
    history: history.reverse().map(toPoint),
  };
}

export async function partnerScoreHistory(
  db: Kysely<Database>,
  input: {
    partnerId: number;
    from?: string | undefined;
    to?: string | undefined;
    bucket: "day" | "week" | "month";
  },
  context: { policy: Policy; now: Date },
): Promise<PartnerScoreHistory> {
  const exists = await db
    .selectFrom("partners")
    .select("id")
    .where("id", "=", input.partnerId)
    .executeTakeFirst();
  if (!exists) throw notFound("partner", input.partnerId);
  const from =
    input.from ??
    businessDateOf(subMonths(context.now, context.policy.ratingWindowMonths));
  const to = input.to ?? businessDateOf(context.now);
  // Business dates are Amsterdam days: compare instants with the start and end of those days there.
  const since = instantAt(from, 0).toISOString();
  const until = instantAt(
    format(addDays(parseISO(to), 1), "yyyy-MM-dd"),
    0,
  ).toISOString();
  const bucket = bucketExpressions(dialectOf(db))[input.bucket];

  const points = await sql<PointRow>`
    SELECT at, rating, tier, rated_orders FROM (
      SELECT recorded_at AS at, rating, tier, rated_orders,
        row_number() OVER (PARTITION BY ${bucket} ORDER BY recorded_at DESC, id DESC) AS rn
      FROM partner_rating_history
      WHERE partner_id = ${input.partnerId} AND recorded_at >= ${since} AND recorded_at < ${until}
    ) AS ranked WHERE rn = 1 ORDER BY at`.execute(db);

  // Factor averages per month whatever the bucket: a week holds too few orders to average.
  const ratedBucket = ratedMonth;
  const factors = await db
    .selectFrom("ratings")
    .select((eb) => [
      ratedBucket.as("bucket"),
      eb.fn.avg<number>("quality").as("quality"),
      eb.fn.avg<number>("communication").as("communication"),
      eb.fn.avg<number>("involvement").as("involvement"),
      eb.fn.avg<number>("delivery_time").as("deliveryTime"),
      eb.fn.avg<number>("budget").as("budget"),
      eb.fn
        .avg<number | null>("customer_satisfaction")
        .as("customerSatisfaction"),
      eb.fn.countAll<number>().as("orders"),
    ])
    .where("partner_id", "=", input.partnerId)
    .where("rated_at", ">=", since)
    .where("rated_at", "<", until)
    .groupBy(ratedBucket)
    .orderBy(ratedBucket)
    .execute();

  const distribution = await db
    .selectFrom("partner_scores")
    .select((eb) => [
      scoreBand.as("from"),
      eb.fn.countAll<number>().as("count"),
    ])
    .where("partner_id", "=", input.partnerId)
    .where("scored_on", ">=", from)
    .where("scored_on", "<=", to)
    .groupBy(scoreBand)
    .execute();
  const bands = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5];

  return {
    points: points.rows.map(toPoint),
    factors: factors.map((f) => ({
      bucket: f.bucket,
      quality: Number(f.quality),
      communication: Number(f.communication),
      involvement: Number(f.involvement),
      deliveryTime: Number(f.deliveryTime),
      budget: Number(f.budget),
      customerSatisfaction:
        f.customerSatisfaction === null ? null : Number(f.customerSatisfaction),
      orders: Number(f.orders),
    })),
    distribution: bands.map((band) => ({
      from: band,
      count: Number(
        distribution.find((d) => Number(d.from) === band)?.count ?? 0,
      ),
    })),
  };
}
