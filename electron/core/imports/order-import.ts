// Orders from the shop's spreadsheet: one row per item, the rows with the same reference making one
// order (its order columns the same on each). An order the console has by that reference is
// updated while it is open, and left alone when nothing changed; a new one is numbered like any.
import type { Kysely } from "kysely";
import type { z } from "zod";
import { OrderFields } from "../../../shared/contract";
import { changedFields } from "../audit/changed-fields";
import type { Database } from "../db/schema";
import {
  orderValuesMany,
  type OrderValues,
  type StoredOrder,
} from "../orders/order-fields";
import {
  customerForOrder,
  insertImportedOrders,
  updateOrderRow,
} from "../orders/save-order";
import {
  cellText,
  readChoice,
  readDate,
  readEuros,
  readWholeNumber,
  readYesNo,
  wordKey,
} from "./cell-values";
import { packagingChoices } from "./choices";
import { inTexts } from "../db/dialect";
import {
  CatalogNames,
  checkWithContract,
  RowReader,
  type ImportKindRules,
  type Planned,
  type RowProblem,
} from "./plan";
import type { SheetRow } from "./sheet";

type NewOrder = z.output<typeof OrderFields>;
type Customer = Awaited<ReturnType<typeof customerForOrder>>;

/** Columns of the order itself: the same on every row of one order. */
const orderColumns = [
  "customer",
  "title",
  "street",
  "postcode",
  "city",
  "country",
  "region",
  "requestedDeliveryDate",
  "value",
  "agreedAmount",
  "capabilities",
  "productionDrawing",
  "samplePicture",
  "installation",
  "directMessaging",
  "packaging",
  "boxCount",
  "notes",
] as const;
const itemColumns = {
  part: "part",
  material: "material",
  lengthMm: "lengthMm",
  widthMm: "widthMm",
  thicknessMm: "thicknessMm",
  quantity: "quantity",
} as const;

const columnOfField = (field: string): string | null => {
  const [top, , itemField] = field.split(".");
  if (top === "deliveryAddress") return field.split(".")[1] ?? null;
  if (top === "items") return itemField ?? "part";
  return (
    {
      valueCents: "value",
      agreedPriceCents: "agreedAmount",
      requiresProductionDrawing: "productionDrawing",
      requiresSamplePicture: "samplePicture",
      requiresInstallation: "installation",
      customerId: "customer",
      externalRef: "reference",
    }[top ?? ""] ??
    top ??
    null
  );
};

/** Customers by reference, and by name where one customer has it. */
async function customerFinder(db: Kysely<Database>) {
  const customers = await db
    .selectFrom("customers")
    .select([
      "id",
      "name",
      "key_account",
      "direct_messaging_default",
      "external_ref",
    ])
    .execute();
  const byRef = new Map<string, Customer>();
  const byName = new Map<string, Customer | null>();
  for (const c of customers) {
    if (c.external_ref) byRef.set(c.external_ref, c);
    const key = wordKey(c.name);
    byName.set(key, byName.has(key) ? null : c);
  }
  return (text: string) => byRef.get(text) ?? byName.get(wordKey(text)) ?? null;
}

/** An order is delivered in one region: more than one named is a problem. */
function oneRegion(reader: RowReader, codes: string[]): string {
  if (codes.length > 1)
    reader.problem("region", { key: "errors:imports.cell.oneRegion" });
  return codes[0] ?? "";
}

/**
 * The order an item row belongs to, read from its first row; later rows must agree. An optional
 * column the file lacks (or leaves empty) keeps what a stored order has, or the new order's default.
 */
function readOrder(
  first: RowReader,
  rows: RowReader[],
  context: {
    reference: string;
    customer: Customer | null;
    catalog: Awaited<ReturnType<typeof CatalogNames.load>>;
    current: StoredOrder | undefined;
  },
): Record<string, unknown> {
  const r = first;
  const current = context.current;
  for (const other of rows.slice(1))
    for (const key of orderColumns)
      if (cellText(other.cell(key)) !== cellText(r.cell(key)))
        other.problem(key, {
          key: "errors:imports.cell.orderRowsDiffer",
          values: { reference: context.reference },
        });
  if (!context.customer)
    r.problem("customer", {
      key: "errors:imports.cell.unknownCustomer",
      values: { text: cellText(r.cell("customer")) },
    });
  const given = (key: string) => r.has(key) && cellText(r.cell(key)) !== "";
  const flag = (key: string, stored: boolean | undefined) =>
    given(key) ? (r.read(key, readYesNo) ?? false) : stored;
  return {
    customerId: context.customer?.id ?? 1,
    title: cellText(r.cell("title")),
    deliveryAddress: {
      street: cellText(r.cell("street")),
      postcode: cellText(r.cell("postcode")),
      city: cellText(r.cell("city")),
      country: cellText(r.cell("country")),
    },
    region: oneRegion(
      r,
      context.catalog.regions.read(
        r,
        "region",
        current ? [current.region] : [],
        "region",
      ),
    ),
    requestedDeliveryDate: r.read("requestedDeliveryDate", readDate) ?? "",
    valueCents: r.read("value", readEuros) ?? 0,
    agreedPriceCents: r.read("agreedAmount", readEuros) ?? 0,
    items: rows.map((item) => ({
      part: cellText(item.cell(itemColumns.part)),
      material: cellText(item.cell(itemColumns.material)),
      lengthMm:
        item.read("lengthMm", (c) => readWholeNumber(c, 0, 100_000)) ?? 0,
      widthMm: item.read("widthMm", (c) => readWholeNumber(c, 0, 100_000)) ?? 0,
      thicknessMm:
        item.read("thicknessMm", (c) => readWholeNumber(c, 0, 100_000)) ?? 0,
      quantity:
        item.read("quantity", (c) => readWholeNumber(c, 1, 100_000)) ?? 1,
    })),
    capabilities: context.catalog.capabilities.read(
      r,
      "capabilities",
      current?.capabilities ?? [],
      "capability",
    ),
    requiresProductionDrawing: flag(
      "productionDrawing",
      current?.requiresProductionDrawing,
    ),
    requiresSamplePicture: flag(
      "samplePicture",
      current?.requiresSamplePicture,
    ),
    requiresInstallation: flag("installation", current?.requiresInstallation),
    directMessaging: flag("directMessaging", current?.directMessaging),
    packaging: given("packaging")
      ? r.read("packaging", (c) => readChoice(c, packagingChoices))
      : current?.packaging,
    boxCount: given("boxCount")
      ? r.read("boxCount", (c) => readWholeNumber(c, 1, 999))
      : current?.boxCount,
    notes: r.has("notes")
      ? cellText(r.cell("notes")) || null
      : (current?.notes ?? null),
    externalRef: context.reference,
  };
}

/** What a stored order is compared on (its number and status are the console's). */
const comparable = (order: StoredOrder): OrderValues => {
  const { number: _n, status: _s, version: _v, ...values } = order;
  return values;
};

export const orderImport: ImportKindRules<NewOrder & { customer: Customer }> = {
  async plan(db, rows, columns, context) {
    const catalog = await CatalogNames.load(db);
    const findCustomer = await customerFinder(db);
    const groups = new Map<string, SheetRow[]>();
    const problems: RowProblem[] = [];
    for (const row of rows) {
      const reader = new RowReader(row, columns);
      const reference = cellText(reader.cell("reference"));
      if (!reference) {
        reader.problem("reference", {
          key: "errors:imports.cell.referenceNeeded",
        });
        problems.push(...reader.problems);
        continue;
      }
      const group = groups.get(reference);
      if (group) group.push(row);
      else groups.set(reference, [row]);
    }
    const existing =
      groups.size === 0
        ? []
        : await db
            .selectFrom("orders")
            .select(["id", "external_ref"])
            .where(inTexts(db, "external_ref", [...groups.keys()]))
            .execute();
    const stored = new Map<string, StoredOrder & { id: number }>();
    for (let i = 0; i < existing.length; i += 500) {
      const chunk = existing.slice(i, i + 500);
      const values = await orderValuesMany(
        db,
        chunk.map((e) => e.id),
      );
      for (const e of chunk) {
        const order = values.get(e.id);
        if (order && e.external_ref)
          stored.set(e.external_ref, { ...order, id: e.id });
      }
    }
    const changes: Planned<NewOrder & { customer: Customer }>[] = [];
    let done = 0;
    for (const [reference, groupRows] of groups) {
      await context.tick((done += groupRows.length));
      const readers = groupRows.map((row) => new RowReader(row, columns));
      const first = readers[0]!;
      const customer = findCustomer(cellText(first.cell("customer")));
      const current = stored.get(reference);
      const input = readOrder(first, readers, {
        reference,
        customer,
        catalog,
        current,
      });
      const checked = checkWithContract(
        OrderFields,
        input,
        first,
        context.language,
        columnOfField,
      );
      if (current && customer && current.customerId !== customer.id)
        first.problem("customer", {
          key: "errors:imports.cell.customerChanged",
          values: { number: current.number },
        });
      const rowProblems = readers.flatMap((r) => r.problems);
      problems.push(...rowProblems);
      if (!checked || !customer || rowProblems.length > 0) continue;
      const values: OrderValues = {
        ...checked,
        directMessaging:
          checked.directMessaging ??
          current?.directMessaging ??
          customer.direct_messaging_default === 1,
      };
      const changed = current
        ? Object.keys(changedFields(comparable(current), values).after).length >
          0
        : true;
      if (current && changed && current.status !== "open") {
        first.problem(null, {
          key: "errors:imports.cell.orderNotOpen",
          values: { number: current.number, status: current.status },
        });
        problems.push(...first.problems.slice(-1));
        continue;
      }
      changes.push({
        rows: groupRows.map((r) => r.row),
        reference,
        name: current?.number ?? values.title,
        action: !current ? "create" : changed ? "update" : "unchanged",
        id: current?.id ?? null,
        version: current?.version ?? null,
        values: { ...checked, customer },
      });
    }
    return { changes, problems };
  },

  async apply(trx, changes, by, tick) {
    const imported = { ...by, source: "import" as const };
    await insertImportedOrders(
      trx,
      changes
        .filter((c) => c.action === "create")
        .map(({ values: { customer, ...input } }) => ({
          input: { ...input, externalRef: input.externalRef ?? "" },
          customer,
        })),
      imported,
    );
    const updates = changes.filter((c) => c.action === "update");
    for (const [i, change] of updates.entries()) {
      await tick(i);
      if (!change.id || !change.version) continue;
      const { customer: _c, customerId: _id, ...fields } = change.values;
      await updateOrderRow(
        trx,
        { ...fields, id: change.id, version: change.version },
        imported,
      );
    }
  },
};
