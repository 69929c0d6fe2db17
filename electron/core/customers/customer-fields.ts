// A customer's fields as a person sets them, between the contract's shape and the tables', and the
// checks every create, update and import makes of them.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { CustomerFields } from "../../../shared/contract";
import { requireUsableCodes } from "../catalog/known-codes";
import type { Database } from "../db/schema";
import { requireFreeReference } from "../records/require-free-reference";

export type CustomerValues = Omit<
  z.output<typeof CustomerFields>,
  "keyAccountReason"
>;

export function customerColumns(v: CustomerValues) {
  return {
    name: v.name,
    email: v.email,
    phone: v.phone,
    language: v.language,
    street: v.address.street,
    postcode: v.address.postcode,
    city: v.address.city,
    country: v.address.country,
    key_account: v.keyAccount ? 1 : 0,
    direct_messaging_default: v.directMessagingDefault ? 1 : 0,
    external_ref: v.externalRef,
  };
}

/** The customer as it stands, in the contract's shape. */
export async function customerValues(
  db: Kysely<Database>,
  id: number,
): Promise<(CustomerValues & { version: number }) | null> {
  const row = await db
    .selectFrom("customers")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const [contacts, addresses] = await Promise.all([
    db
      .selectFrom("customer_contacts")
      .select(["name", "email", "phone", "role"])
      .where("customer_id", "=", id)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("customer_addresses")
      .select(["label", "street", "postcode", "city", "country", "region"])
      .where("customer_id", "=", id)
      .orderBy("position")
      .execute(),
  ]);
  return {
    name: row.name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    address: {
      street: row.street,
      postcode: row.postcode,
      city: row.city,
      country: row.country,
    },
    keyAccount: row.key_account === 1,
    directMessagingDefault: row.direct_messaging_default === 1,
    contacts,
    addresses,
    externalRef: row.external_ref,
    version: row.version,
  };
}

/** Refuses unknown or retired regions on the addresses, and a reference another customer has. */
export async function checkCustomerValues(
  db: Kysely<Database>,
  values: CustomerValues,
  current: { id: number; addresses: { region: string }[] } | null,
): Promise<void> {
  await requireUsableCodes(
    db,
    "region",
    [...new Set(values.addresses.map((a) => a.region))],
    current?.addresses.map((a) => a.region),
  );
  await requireFreeReference(
    db,
    "customers",
    values.externalRef,
    current?.id ?? null,
  );
}

/** Replaces the customer's contacts and delivery addresses with the given ones, in their order. */
export async function writeCustomerLists(
  db: Kysely<Database>,
  customerId: number,
  values: Pick<CustomerValues, "contacts" | "addresses">,
): Promise<void> {
  await db
    .deleteFrom("customer_contacts")
    .where("customer_id", "=", customerId)
    .execute();
  await db
    .deleteFrom("customer_addresses")
    .where("customer_id", "=", customerId)
    .execute();
  if (values.contacts.length > 0)
    await db
      .insertInto("customer_contacts")
      .values(
        values.contacts.map((c, position) => ({
          customer_id: customerId,
          position,
          ...c,
        })),
      )
      .execute();
  if (values.addresses.length > 0)
    await db
      .insertInto("customer_addresses")
      .values(
        values.addresses.map((a, position) => ({
          customer_id: customerId,
          position,
          ...a,
        })),
      )
      .execute();
}
