// customers.list: the Customers screen's rows, sorted and filtered on the server, a page at a time.
import type { Expression, Kysely, SqlBool } from "kysely";
import type { z } from "zod";
import type {
  CustomerRow,
  CustomersListInput,
  Page,
} from "../../../shared/contract";
import { escapeLike, textLike } from "../db/dialect";
import type { Database } from "../db/schema";

type Input = z.output<typeof CustomersListInput>;

function filtered(db: Kysely<Database>, filter: Input["filter"]) {
  return db.selectFrom("customers").where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.keyAccount !== undefined)
      conditions.push(eb("key_account", "=", filter.keyAccount ? 1 : 0));
    if (filter.language) conditions.push(eb("language", "=", filter.language));
    if (filter.search) {
      const pattern = `%${escapeLike(filter.search)}%`;
      conditions.push(
        eb.or([
          textLike(db, "customers.name", pattern),
          textLike(db, "customers.email", pattern),
          textLike(db, "customers.city", pattern),
        ]),
      );
    }
    return eb.and(conditions);
  });
}

const sortColumn = {
  name: "customers.name",
  city: "customers.city",
  orders: "order_count",
  createdAt: "customers.created_at",
} as const;

export async function listCustomers(
  db: Kysely<Database>,
  { offset, limit, sort, filter }: Input,
): Promise<Page<CustomerRow>> {
  const rows = await filtered(db, filter)
    .select((eb) => [
      "customers.id",
      "customers.name",
      "customers.email",
      "customers.phone",
      "customers.city",
      "customers.country",
      "customers.language",
      "customers.key_account",
      "customers.created_at",
      eb
        .selectFrom("orders")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("orders.customer_id", "=", "customers.id")
        .as("order_count"),
    ])
    .orderBy(sortColumn[sort.column], sort.direction)
    .orderBy("customers.id", sort.direction)
    .limit(limit)
    .offset(offset)
    .execute();
  const { total } = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .executeTakeFirstOrThrow();
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      phone: r.phone,
      city: r.city,
      country: r.country,
      language: r.language,
      keyAccount: r.key_account === 1,
      orderCount: Number(r.order_count ?? 0),
      createdAt: r.created_at,
    })),
    total: Number(total),
  };
}
