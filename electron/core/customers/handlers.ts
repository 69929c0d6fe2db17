import type { Expression, SqlBool } from "kysely";
import type { HandlersOf } from "../rpc/handler-types";
import { escapeLike, textLike } from "../db/dialect";

export const customerHandlers: HandlersOf<"customers"> = {
  "customers.list": async ({ offset, limit, filter }, { db }) => {
    const query = db.selectFrom("customers").where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (filter.keyAccount !== undefined)
        conditions.push(eb("key_account", "=", filter.keyAccount ? 1 : 0));
      if (filter.search)
        conditions.push(textLike(db, "name", `%${escapeLike(filter.search)}%`));
      return eb.and(conditions);
    });
    const rows = await query
      .select((eb) => [
        "customers.id",
        "customers.name",
        "customers.email",
        "customers.city",
        "customers.country",
        "customers.key_account",
        eb
          .selectFrom("orders")
          .select(eb.fn.countAll<number>().as("n"))
          .whereRef("orders.customer_id", "=", "customers.id")
          .as("order_count"),
      ])
      .orderBy("key_account", "desc")
      .orderBy("name")
      .limit(limit)
      .offset(offset)
      .execute();
    const { total } = await query
      .select((eb) => eb.fn.countAll<number>().as("total"))
      .executeTakeFirstOrThrow();
    return {
      rows: rows.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        city: r.city,
        country: r.country,
        keyAccount: r.key_account === 1,
        orderCount: Number(r.order_count ?? 0),
      })),
      total: Number(total),
    };
  },
};
