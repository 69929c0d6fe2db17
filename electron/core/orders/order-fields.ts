// An order's fields as a person enters them, between the contract's shape and the tables', and the
// checks every create, update and import makes of them.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { OrderFields } from "../../../shared/contract";
import { businessDateOf } from "../../../shared/rules/business-time";
import { requireUsableCodes } from "../catalog/known-codes";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import { dateInEachLanguage } from "../i18n/formats";

export type OrderValues = Omit<
  z.output<typeof OrderFields>,
  "directMessaging"
> & {
  directMessaging: boolean;
};

export function orderColumns(v: Omit<OrderValues, "customerId">) {
  return {
    title: v.title,
    region: v.region,
    requested_delivery_date: v.requestedDeliveryDate,
    value_cents: v.valueCents,
    agreed_price_cents: v.agreedPriceCents,
    delivery_street: v.deliveryAddress.street,
    delivery_postcode: v.deliveryAddress.postcode,
    delivery_city: v.deliveryAddress.city,
    delivery_country: v.deliveryAddress.country,
    requires_production_drawing: v.requiresProductionDrawing ? 1 : 0,
    requires_sample_picture: v.requiresSamplePicture ? 1 : 0,
    requires_installation: v.requiresInstallation ? 1 : 0,
    direct_messaging: v.directMessaging ? 1 : 0,
    packaging: v.packaging,
    box_count: v.boxCount,
    notes: v.notes,
    external_ref: v.externalRef,
  };
}

export type StoredOrder = OrderValues & {
  number: string;
  status: string;
  version: number;
};

/** Orders as they stand, in the contract's shape (for audits and for comparing imports), by id. */
export async function orderValuesMany(
  db: Kysely<Database>,
  ids: number[],
): Promise<Map<number, StoredOrder>> {
  const found = new Map<number, StoredOrder>();
  if (ids.length === 0) return found;
  const [rows, items, capabilities] = await Promise.all([
    db.selectFrom("orders").selectAll().where("id", "in", ids).execute(),
    db
      .selectFrom("order_items")
      .select([
        "order_id",
        "part",
        "material",
        "length_mm",
        "width_mm",
        "thickness_mm",
        "quantity",
      ])
      .where("order_id", "in", ids)
      .orderBy("order_id")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("order_capabilities")
      .select(["order_id", "capability"])
      .where("order_id", "in", ids)
      .orderBy("capability")
      .execute(),
  ]);
  for (const row of rows)
    found.set(row.id, {
      customerId: row.customer_id,
      title: row.title,
      deliveryAddress: {
        street: row.delivery_street,
        postcode: row.delivery_postcode,
        city: row.delivery_city,
        country: row.delivery_country,
      },
      region: row.region,
      requestedDeliveryDate: row.requested_delivery_date,
      valueCents: row.value_cents,
      agreedPriceCents: row.agreed_price_cents,
      items: [],
      capabilities: [],
      requiresProductionDrawing: row.requires_production_drawing === 1,
      requiresSamplePicture: row.requires_sample_picture === 1,
      requiresInstallation: row.requires_installation === 1,
      directMessaging: row.direct_messaging === 1,
      packaging: row.packaging,
      boxCount: row.box_count,
      notes: row.notes,
      externalRef: row.external_ref,
      number: row.number,
      status: row.status,
      version: row.version,
    });
  for (const i of items)
    found.get(i.order_id)?.items.push({
      part: i.part,
      material: i.material,
      lengthMm: i.length_mm,
      widthMm: i.width_mm,
      thicknessMm: i.thickness_mm,
      quantity: i.quantity,
    });
  for (const c of capabilities)
    found.get(c.order_id)?.capabilities.push(c.capability);
  return found;
}

export async function orderValues(
  db: Kysely<Database>,
  id: number,
): Promise<StoredOrder | null> {
  return (await orderValuesMany(db, [id])).get(id) ?? null;
}

/**
 * Refuses a requested delivery date before today (unless it is the one the order has already),
 * unknown or retired capabilities and regions, and a reference another order has.
 */
export async function checkOrderValues(
  db: Kysely<Database>,
  values: Omit<OrderValues, "customerId">,
  now: Date,
  current: {
    id: number;
    capabilities: string[];
    region: string;
    requestedDeliveryDate: string;
  } | null,
  /** Imports bring orders as the shop sold them, requested dates that passed included. */
  options: { allowPastDate?: boolean } = {},
): Promise<void> {
  if (
    !options.allowPastDate &&
    values.requestedDeliveryDate < businessDateOf(now) &&
    values.requestedDeliveryDate !== current?.requestedDeliveryDate
  )
    throw new AppError("RULE", {
      key: "errors:orders.requestedInPast",
      values: { date: dateInEachLanguage(values.requestedDeliveryDate) },
    });
  await requireUsableCodes(
    db,
    "capability",
    values.capabilities,
    current?.capabilities,
  );
  await requireUsableCodes(
    db,
    "region",
    [values.region],
    current ? [current.region] : [],
  );
  if (values.externalRef !== null) {
    const holder = await db
      .selectFrom("orders")
      .select(["id", "number"])
      .where("external_ref", "=", values.externalRef)
      .$if(current !== null, (q) => q.where("id", "!=", current?.id ?? 0))
      .executeTakeFirst();
    if (holder)
      throw new AppError("CONFLICT", {
        key: "errors:orders.referenceTaken",
        values: { reference: values.externalRef, number: holder.number },
      });
  }
}

/** Gives orders their items and needed capabilities (several orders at once for an import). */
export async function insertOrderLists(
  db: Kysely<Database>,
  orders: {
    orderId: number;
    values: Pick<OrderValues, "items" | "capabilities">;
  }[],
): Promise<void> {
  const items = orders.flatMap(({ orderId, values }) =>
    values.items.map((item, i) => ({
      order_id: orderId,
      position: i + 1,
      part: item.part,
      material: item.material,
      length_mm: item.lengthMm,
      width_mm: item.widthMm,
      thickness_mm: item.thicknessMm,
      quantity: item.quantity,
    })),
  );
  const capabilities = orders.flatMap(({ orderId, values }) =>
    values.capabilities.map((capability) => ({
      order_id: orderId,
      capability,
    })),
  );
  // SQLite takes at most 32,766 values a statement: 2,000 items of 8 columns stay well under.
  for (let i = 0; i < items.length; i += 2_000)
    await db
      .insertInto("order_items")
      .values(items.slice(i, i + 2_000))
      .execute();
  for (let i = 0; i < capabilities.length; i += 5_000)
    await db
      .insertInto("order_capabilities")
      .values(capabilities.slice(i, i + 5_000))
      .execute();
}

/** Replaces the order's items and needed capabilities with the given ones. */
export async function writeOrderLists(
  db: Kysely<Database>,
  orderId: number,
  values: Pick<OrderValues, "items" | "capabilities">,
): Promise<void> {
  await db.deleteFrom("order_items").where("order_id", "=", orderId).execute();
  await db
    .deleteFrom("order_capabilities")
    .where("order_id", "=", orderId)
    .execute();
  await insertOrderLists(db, [{ orderId, values }]);
}
