// Which statements team mode prepares by name, and which it sends unnamed (prepared-statements.ts).
import { expect, it } from "vitest";
import { statementNameFor } from "../../electron/core/db/prepared-statements";

it("names a statement once, by its text", () => {
  const text = 'select "number" from "orders" where "id" = $1';
  const name = statementNameFor(text);
  expect(name).toMatch(/^cutr_\d+$/);
  expect(statementNameFor(text)).toBe(name);
  expect(statementNameFor(`${text} and "version" = $2`)).not.toBe(name);
  expect(
    statementNameFor(
      'select count(*) as "n" from "orders" where "status" = $1',
    ),
  ).toBeDefined();
});

it("leaves unnamed what a generic plan would guess, and what selects every column", () => {
  for (const text of [
    "select id from messages where search_document @@ to_tsquery('cutr_search', $1)",
    'select "id" from "orders" where "customer_name" ilike $1 escape \'\\\'',
    'select "id" from "orders" where "number" LIKE $1',
    'select "id" from "threads" where "id" = ANY($1::int[])',
    'select * from "offers" where "id" = $1',
    'select "o".*, "p"."name" from "offers" as "o" where "o"."id" = $1',
    'select "p"."name", "o".* from "offers" as "o" where "o"."id" = $1',
    `select "id" from "orders" where "id" in (${Array.from({ length: 9 }, (_, i) => `$${i + 1}`).join(", ")})`,
  ])
    expect(statementNameFor(text), text).toBeUndefined();
});

it("names a short list of values, whose lengths vary little (the capabilities an order needs)", () => {
  expect(
    statementNameFor(
      'select "partner_id" from "partner_capabilities" where "capability" in ($1, $2, $3)',
    ),
  ).toBeDefined();
});
