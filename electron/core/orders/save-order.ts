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
import { writeAudit, writeAudits } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { inTexts, lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { staleOrder } from "../dispatch/conflict";
import { AppError, notFound } from "../errors";
import {
  checkOrderValues,
  orderColumns,
  insertOrderLists,
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

/** The order's row, numbered and with its customer's terms. */
function orderRow(
  values: OrderValues,
  number: string,
  customer: Customer,
  now: string,
) {
  return {
    ...orderColumns(values),
    number,
    customer_id: customer.id,
    customer_name: customer.name,
    partner_id: null,
    partner_name: null,
    status: "open" as const,
    key_account: customer.key_account,
    created_at: now,
    updated_at: now,
  };
}

const withDefaults = (input: NewOrder, customer: Customer): OrderValues => ({
  ...input,
  directMessaging:
    input.directMessaging ?? customer.direct_messaging_default === 1,
});

export async function insertOrder(
  trx: Kysely<Database>,
  input: NewOrder,
  by: ChangeBy,
): Promise<OrderSaved> {
  const customer = await customerForOrder(trx, input.customerId);
  const values = withDefaults(input, customer);
  await checkOrderValues(trx, values, by.now, null);
  const [number] = await takeOrderNumbers(trx, by.now);
  if (!number) throw new Error("no order number was taken");
  const row = await trx
    .insertInto("orders")
    .values(orderRow(values, number, customer, by.now.toISOString()))
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertOrderLists(trx, [{ orderId: row.id, values }]);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action: "order.created",
    entity: "order",
    entityId: row.id,
    orderId: row.id,
    after: { number, ...values },
  });
  return { id: row.id, number, version: 1 };
}

/**
 * An import's new orders, a few hundred rows a statement. The file's codes, customers and
 * references were checked row by row before; numbers are taken for all of them at once, and the
 * orders found again by their references (which imported orders always have).
 */
export async function insertImportedOrders(
  trx: Kysely<Database>,
  orders: { input: NewOrder & { externalRef: string }; customer: Customer }[],
  by: ChangeBy,
): Promise<void> {
  if (orders.length === 0) return;
  const numbers = await takeOrderNumbers(trx, by.now, orders.length);
  const now = by.now.toISOString();
  const batch = 500;
  for (let start = 0; start < orders.length; start += batch) {
    const slice = orders.slice(start, start + batch).map((o, i) => ({
      ...o,
      values: withDefaults(o.input, o.customer),
      number: numbers[start + i]!,
    }));
    await trx
      .insertInto("orders")
      .values(slice.map((o) => orderRow(o.values, o.number, o.customer, now)))
      .execute();
    const ids = new Map(
      (
        await trx
          .selectFrom("orders")
          .select(["id", "external_ref"])
          .where(
            inTexts(
              trx,
              "external_ref",
              slice.map((o) => o.input.externalRef),
            ),
          )
          .execute()
      ).map((r) => [r.external_ref, r.id]),
    );
    const placed = slice.map((o) => ({
      ...o,
      orderId: ids.get(o.input.externalRef) ?? 0,
    }));
    await insertOrderLists(trx, placed);
    await writeAudits(
      trx,
      placed.map((o) => ({
        at: by.now,
        userId: by.userId,
        action: "order.imported",
        entity: "order",
        entityId: o.orderId,
        orderId: o.orderId,
        after: { number: o.number, ...o.values },
      })),
    );
  }
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
