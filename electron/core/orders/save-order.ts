// orders.create and orders.update: staff enter an order the shop sold, and change it while it is
// still open. A new order takes its customer's key-account flag (the terms it was sold on) and,
// unless said otherwise, its customer's direct-messaging default; it is numbered and audited.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  OrderFields,
  OrderSaved,
  OrderUpdateInput,
} from "../../../shared/contract";
import { changedFields, type ChangeBy } from "../audit/changed-fields";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { staleOrder } from "../dispatch/conflict";
import { AppError, notFound } from "../errors";
import {
  checkOrderValues,
  orderColumns,
  orderValues,
  writeOrderLists,
  type OrderValues,
} from "./order-fields";
import { takeOrderNumbers } from "./order-number";

type NewOrder = z.output<typeof OrderFields>;

/** The customer an order is entered for: its name, flag and default, or NOT_FOUND. */
export async function customerForOrder(db: Kysely<Database>, id: number) {
  const customer = await db
    .selectFrom("customers")
    .select(["id", "name", "key_account", "direct_messaging_default"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!customer) throw notFound("customer", id);
  return customer;
}

type Customer = Awaited<ReturnType<typeof customerForOrder>>;

export async function insertOrder(
  trx: Kysely<Database>,
  input: NewOrder,
  by: ChangeBy,
  /**
   * For imports: the number taken beforehand (all of a file's in one go) and the customer, with
   * the file's codes and references already checked for every row.
   */
  prepared?: { number: string; customer: Customer },
): Promise<OrderSaved> {
  const customer =
    prepared?.customer ?? (await customerForOrder(trx, input.customerId));
  const values: OrderValues = {
    ...input,
    directMessaging:
      input.directMessaging ?? customer.direct_messaging_default === 1,
  };
  if (!prepared) await checkOrderValues(trx, values, by.now, null);
  const now = by.now.toISOString();
  const [taken] = prepared
    ? [prepared.number]
    : await takeOrderNumbers(trx, by.now);
  if (!taken) throw new Error("no order number was taken");
  const row = await trx
    .insertInto("orders")
    .values({
      ...orderColumns(values),
      number: taken,
      customer_id: customer.id,
      customer_name: customer.name,
      partner_id: null,
      partner_name: null,
      status: "open",
      key_account: customer.key_account,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeOrderLists(trx, row.id, values);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action: by.source === "import" ? "order.imported" : "order.created",
    entity: "order",
    entityId: row.id,
    orderId: row.id,
    after: { number: taken, ...values },
  });
  return { id: row.id, number: taken, version: 1 };
}

export async function updateOrderRow(
  trx: Kysely<Database>,
  input: z.output<typeof OrderUpdateInput>,
  by: ChangeBy,
): Promise<OrderSaved> {
  const { id, version, ...fields } = input;
  await lockRow(trx, "orders", id);
  const current = await orderValues(trx, id);
  if (!current) throw notFound("order", id);
  if (current.version !== version) throw await staleOrder(trx, id);
  if (current.status !== "open")
    throw new AppError("RULE", {
      key: "errors:orders.editOpenOnly",
      values: { number: current.number, status: current.status },
    });
  const values: OrderValues = {
    ...fields,
    customerId: current.customerId,
    directMessaging: fields.directMessaging ?? current.directMessaging,
  };
  await checkOrderValues(
    trx,
    values,
    by.now,
    { id, ...current },
    { allowPastDate: by.source === "import" },
  );
  const { number, status: _status, version: _version, ...before } = current;
  const changed = changedFields<OrderValues>(before, values);
  if (Object.keys(changed.after).length === 0) return { id, number, version };
  await trx
    .updateTable("orders")
    .set({
      ...orderColumns(values),
      version: version + 1,
      updated_at: by.now.toISOString(),
    })
    .where("id", "=", id)
    .execute();
  if ("items" in changed.after || "capabilities" in changed.after)
    await writeOrderLists(trx, id, values);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action: by.source === "import" ? "order.imported" : "order.updated",
    entity: "order",
    entityId: id,
    orderId: id,
    before: changed.before,
    after: changed.after,
  });
  return { id, number, version: version + 1 };
}

export async function createOrder(
  context: RequestContext,
  input: NewOrder,
): Promise<OrderSaved> {
  const by = { userId: signedInUser(context).id, now: context.clock.now() };
  return context.db.transaction().execute((trx) => insertOrder(trx, input, by));
}

export async function updateOrder(
  context: RequestContext,
  input: z.output<typeof OrderUpdateInput>,
): Promise<OrderSaved> {
  const by = { userId: signedInUser(context).id, now: context.clock.now() };
  return context.db
    .transaction()
    .execute((trx) => updateOrderRow(trx, input, by));
}
