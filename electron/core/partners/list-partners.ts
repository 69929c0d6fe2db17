import type { Expression, Kysely, SqlBool } from "kysely";
import type { z } from "zod";
import type {
  Page,
  PartnerRow,
  PartnersListInput,
} from "../../../shared/contract";
import type { Database } from "../db/schema";
import type { Policy } from "../../../shared/policy";
import {
  partnerRowColumns,
  ratingNinetyDaysAgo,
  toPartnerRow,
} from "./partner-row";
import { escapeLike, textLike } from "../db/dialect";

type Input = z.output<typeof PartnersListInput>;

const sortColumns = {
  name: "name",
  rating: "rating",
  ratedOrders: "rated_orders",
  activeOrders: "active_orders",
  city: "city",
} as const satisfies Record<Input["sort"]["column"], string>;

export async function listPartners(
  db: Kysely<Database>,
  input: Input,
  context: { now: Date; policy: Policy },
): Promise<Page<PartnerRow>> {
  const { filter } = input;
  const query = db.selectFrom("partners").where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.tier) conditions.push(eb("tier", "=", filter.tier));
    if (filter.active !== undefined)
      conditions.push(eb("active", "=", filter.active ? 1 : 0));
    if (filter.region) {
      conditions.push(
        eb(
          "id",
          "in",
          eb
            .selectFrom("partner_regions")
            .select("partner_id")
            .where("region", "=", filter.region),
        ),
      );
    }
    if (filter.capability) {
      conditions.push(
        eb(
          "id",
          "in",
          eb
            .selectFrom("partner_capabilities")
            .select("partner_id")
            .where("capability", "=", filter.capability),
        ),
      );
    }
    if (filter.nearBoundary) {
      const near = (boundary: number) =>
        eb.between("rating", boundary - 0.1, boundary + 0.1);
      conditions.push(
        eb.or([
          near(context.policy.compliantFrom),
          near(context.policy.highlyRatedFrom),
        ]),
      );
    }
    if (filter.search) {
      const pattern = `%${escapeLike(filter.search)}%`;
      conditions.push(
        eb.or([textLike(db, "name", pattern), textLike(db, "city", pattern)]),
      );
    }
    return eb.and(conditions);
  });
  const rows = await query
    .select(partnerRowColumns)
    .select(ratingNinetyDaysAgo(context.now))
    // Unrated partners sort after rated ones whichever way the rating is sorted.
    .orderBy((eb) =>
      eb
        .case()
        .when(sortColumns[input.sort.column], "is", null)
        .then(1)
        .else(0)
        .end(),
    )
    .orderBy(sortColumns[input.sort.column], input.sort.direction)
    .orderBy("id")
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return { rows: rows.map(toPartnerRow), total: Number(total) };
}
