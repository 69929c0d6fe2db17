// New orders are numbered C-{year}-{number} in the Amsterdam year they are entered, after the highest
// number of that year. One counter row per year hands the numbers out: on a team's server its row
// lock makes two consoles entering orders at once take turns instead of taking the same number.
import { sql, type Kysely } from "kysely";
import { businessDateOf } from "../../../shared/rules/business-time";
import type { Database } from "../db/schema";

export const orderNumber = (year: number, sequence: number) =>
  `C-${year}-${String(sequence).padStart(5, "0")}`;

/** The highest number given in the year so far, read from the orders (the demo's, a copy's). */
async function highestOfYear(db: Kysely<Database>, year: number) {
  const row = await db
    .selectFrom("orders")
    .select(
      sql<number | null>`max(CAST(substr(number, 8) AS integer))`.as("last"),
    )
    // A prefix compared as text, not a range: a team server's language-aware collation
    // (en_US, nl_NL) skips punctuation when ordering, so "C-2026-00001" sorts after "C-2026.".
    .where(sql<string>`substr(number, 1, 7)`, "=", `C-${year}-`)
    .executeTakeFirstOrThrow();
  return Number(row.last ?? 0);
}

/** Takes the next `count` numbers of the year `now` falls in (inside the caller's transaction). */
export async function takeOrderNumbers(
  trx: Kysely<Database>,
  now: Date,
  count = 1,
): Promise<string[]> {
  const year = Number(businessDateOf(now).slice(0, 4));
  const known = await trx
    .selectFrom("order_numbers")
    .select("last")
    .where("year", "=", year)
    .executeTakeFirst();
  if (!known)
    await trx
      .insertInto("order_numbers")
      .values({ year, last: await highestOfYear(trx, year) })
      .onConflict((oc) => oc.column("year").doNothing())
      .execute();
  const { last } = await trx
    .updateTable("order_numbers")
    .set((eb) => ({ last: eb("last", "+", count) }))
    .where("year", "=", year)
    .returning("last")
    .executeTakeFirstOrThrow();
  return Array.from({ length: count }, (_, i) =>
    orderNumber(year, last - count + 1 + i),
  );
}
