// customers.get: one customer with its contacts, delivery addresses and how many orders are on
// their way (its orders themselves come from orders.list, filtered by customer).
import type { Kysely } from "kysely";
import type { CustomerDetail } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { customerValues } from "./customer-fields";

export async function getCustomer(
  db: Kysely<Database>,
  id: number,
): Promise<CustomerDetail> {
  const [values, row, counts] = await Promise.all([
    customerValues(db, id),
    db
      .selectFrom("customers")
      .select(["created_at"])
      .where("id", "=", id)
      .executeTakeFirst(),
    db
      .selectFrom("orders")
      .select((eb) => [
        eb.fn.countAll<number>().as("total"),
        eb.fn
          .count<number>(
            eb
              .case()
              .when("status", "in", ["open", "assigned", "ready"])
              .then(1)
              .end(),
          )
          .as("active"),
      ])
      .where("customer_id", "=", id)
      .executeTakeFirstOrThrow(),
  ]);
  if (!values || !row) throw notFound("customer", id);
  return {
    id,
    version: values.version,
    name: values.name,
    email: values.email,
    phone: values.phone,
    city: values.address.city,
    country: values.address.country,
    language: values.language,
    keyAccount: values.keyAccount,
    orderCount: Number(counts.total),
    activeOrders: Number(counts.active),
    createdAt: row.created_at,
    address: values.address,
    directMessagingDefault: values.directMessagingDefault,
    externalRef: values.externalRef,
    contacts: values.contacts,
    addresses: values.addresses,
  };
}
