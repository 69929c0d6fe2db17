// What a packing slip shows, read from the order's current data, with a clear refusal naming
// whatever is missing.
import type { Kysely } from "kysely";
import type { FulfilmentMethod, PackagingKind } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";

/** What a slip cannot do without, in the order the refusal names them. */
type SlipPart = "boxes" | "address" | "items";
/** Which parts are missing, in one camelCase name (a key of `errors:packingSlips.needs`). */
type SlipNeeds =
  | "boxes"
  | "address"
  | "items"
  | "boxesAddress"
  | "boxesItems"
  | "addressItems"
  | "boxesAddressItems";

const needsOf = (missing: SlipPart[]) =>
  missing
    .map((part, i) =>
      i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join("") as SlipNeeds;

export interface SlipData {
  number: string;
  orderVersion: number;
  customer: string;
  address: { street: string; postcode: string; city: string; country: string };
  partner: { name: string; city: string; country: string } | null;
  deliveryDate: string | null;
  method: FulfilmentMethod | null;
  packaging: PackagingKind;
  boxes: number;
  notes: string | null;
  items: {
    part: string;
    material: string;
    dimensions: string;
    quantity: number;
  }[];
}

export async function slipData(
  db: Kysely<Database>,
  orderId: number,
): Promise<SlipData> {
  const order = await db
    .selectFrom("orders")
    .leftJoin("partners", "partners.id", "orders.partner_id")
    .leftJoin("fulfilment", "fulfilment.order_id", "orders.id")
    .select([
      "orders.id",
      "orders.number",
      "orders.version",
      "orders.customer_name",
      "orders.delivery_street",
      "orders.delivery_postcode",
      "orders.delivery_city",
      "orders.delivery_country",
      "orders.packaging",
      "orders.box_count",
      "orders.notes",
      "partners.name as partner_name",
      "partners.city as partner_city",
      "partners.country as partner_country",
      "fulfilment.delivery_date",
      "fulfilment.method",
    ])
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", orderId);
  const items = await db
    .selectFrom("order_items")
    .selectAll()
    .where("order_id", "=", orderId)
    .orderBy("position")
    .execute();
  const lacks = {
    boxes: !(order.box_count > 0),
    address: !(order.delivery_street.trim() && order.delivery_city.trim()),
    items: items.length === 0,
  };
  const missing = (Object.keys(lacks) as SlipPart[]).filter((p) => lacks[p]);
  if (missing.length > 0)
    throw new AppError(
      "RULE",
      {
        key: `errors:packingSlips.needs.${needsOf(missing)}`,
        values: { number: order.number },
      },
      {
        missing: missing.map((part) => ({
          key: `errors:packingSlips.part.${part}` as const,
        })),
      },
    );
  return {
    number: order.number,
    orderVersion: order.version,
    customer: order.customer_name,
    address: {
      street: order.delivery_street,
      postcode: order.delivery_postcode,
      city: order.delivery_city,
      country: order.delivery_country,
    },
    partner: order.partner_name
      ? {
          name: order.partner_name,
          city: order.partner_city ?? "",
          country: order.partner_country ?? "",
        }
      : null,
    deliveryDate: order.delivery_date,
    method: order.method,
    packaging: order.packaging,
    boxes: order.box_count,
    notes: order.notes,
    items: items.map((i) => ({
      part: i.part,
      material: i.material,
      dimensions: `${i.length_mm} × ${i.width_mm} × ${i.thickness_mm}`,
      quantity: i.quantity,
    })),
  };
}
