// What each list exports: its columns (headed in the reader's language) and its rows, read page by
// page in the order and with the filter the screen has. Partners and customers are exported with
// the columns their imports read, so a list taken out, edited and brought back is understood.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ExportInput, ImportKind } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import type { Language } from "../../../shared/i18n/languages";
import { auditHistory } from "../audit/history";
import { catalogRecords } from "../catalog/catalog-tables";
import type { CoreServices } from "../context";
import { customerValues } from "../customers/customer-fields";
import { listCustomers } from "../customers/list-customers";
import type { Database } from "../db/schema";
import { choiceWord, yesNoWord } from "../imports/choices";
import { columnHeading } from "../imports/columns";
import { orderRowsPage } from "../orders/list-orders";
import { listOutbox } from "../outbox/list-outbox";
import { listPartners } from "../partners/list-partners";
import { partnerValues } from "../partners/partner-fields";
import { ratedOrders } from "../partners/rated-orders";
import { loadPolicy } from "../settings/policy";
import type { CellKind, TableColumn, TableValue } from "./write-table";

type Input = z.output<typeof ExportInput>;

export interface ExportTable {
  /** The file's name without its extension, in the reader's language. */
  name: string;
  columns: TableColumn[];
  rows: AsyncIterable<TableValue[]>;
}

const pageSize = 2_000;

/** Every page of a paged list, until a short one. */
async function* pages<T>(page: (offset: number) => Promise<T[]>) {
  for (let offset = 0; ; offset += pageSize) {
    const rows = await page(offset);
    yield* rows;
    if (rows.length < pageSize) return;
  }
}

type Cell<R> = [key: string, kind: CellKind, value: (row: R) => TableValue];

/** A table from cells headed in the `imports:export.{list}` texts. */
function table<R>(
  list: string,
  language: Language,
  name: string,
  cells: Cell<R>[],
  rows: AsyncIterable<R>,
  heading: (key: string) => string = (key) =>
    translatorFor(language)(`imports:export.${list}.${key}` as never) as string,
): ExportTable {
  return {
    name,
    columns: cells.map(([key, kind]) => ({ heading: heading(key), kind })),
    rows: (async function* () {
      for await (const row of rows)
        yield cells.map(([, , value]) => value(row));
    })(),
  };
}

async function names(db: Kysely<Database>, language: Language) {
  const [capabilities, regions] = await Promise.all([
    catalogRecords(db, "capability"),
    catalogRecords(db, "region"),
  ]);
  const nameOf = (records: typeof capabilities) => (codes: string[]) =>
    codes.map((c) => records.get(c)?.names[language] ?? c).join(", ");
  return { capabilities: nameOf(capabilities), regions: nameOf(regions) };
}

export async function exportTable(
  services: CoreServices,
  input: Input,
  language: Language,
): Promise<ExportTable> {
  const { db } = services;
  const t = translatorFor(language);
  const fileName = (key: string) =>
    t(`imports:fileName.${key}` as never) as string;
  // Words said on every row, looked up once each.
  const remembered = new Map<string, string>();
  const said = (key: string) => {
    let text = remembered.get(key);
    if (text === undefined) {
      text = t(key as never) as string;
      remembered.set(key, text);
    }
    return text;
  };
  const status = (s: string) => said(`domain:orderStatus.${s}`);
  const yesNo = (value: boolean) => said(value ? "imports:yes" : "imports:no");
  switch (input.list) {
    case "orders": {
      const named = await names(db, language);
      return table(
        "orders",
        language,
        fileName("orders"),
        [
          ["number", "text", (o) => o.number],
          ["status", "text", (o) => status(o.status)],
          ["title", "text", (o) => o.title],
          ["customer", "text", (o) => o.customerName],
          ["keyAccount", "text", (o) => yesNo(o.keyAccount)],
          ["partner", "text", (o) => o.partnerName],
          ["region", "text", (o) => named.regions([o.region])],
          ["requestedDeliveryDate", "date", (o) => o.requestedDeliveryDate],
          ["placed", "instant", (o) => o.createdAt],
          ["value", "euros", (o) => o.valueCents],
          ["delivered", "instant", (o) => o.deliveredAt],
          ["approved", "instant", (o) => o.approvedAt],
        ],
        pages((offset) =>
          orderRowsPage(db, {
            offset,
            limit: pageSize,
            sort: input.sort,
            filter: input.filter,
          }),
        ),
      );
    }
    case "partners": {
      const named = await names(db, language);
      const policy = await loadPolicy(db);
      const now = services.clock.now();
      const rows = (async function* () {
        for await (const row of pages(
          async (offset) =>
            (
              await listPartners(
                db,
                {
                  offset,
                  limit: pageSize,
                  sort: input.sort,
                  filter: input.filter,
                },
                { now, policy },
              )
            ).rows,
        )) {
          const values = await partnerValues(db, row.id);
          if (values) yield { row, values };
        }
      })();
      return table(
        "partners",
        language,
        fileName("partners"),
        [
          ["reference", "text", (p) => p.values.externalRef],
          ["id", "count", (p) => p.row.id],
          ["name", "text", (p) => p.values.name],
          ["contactName", "text", (p) => p.values.contactName],
          ["email", "text", (p) => p.values.email],
          ["phone", "text", (p) => p.values.phone],
          [
            "language",
            "text",
            (p) => choiceWord("language", p.values.language, language),
          ],
          ["street", "text", (p) => p.values.address.street],
          ["postcode", "text", (p) => p.values.address.postcode],
          ["city", "text", (p) => p.values.address.city],
          ["country", "text", (p) => p.values.address.country],
          ["regions", "text", (p) => named.regions(p.values.regions)],
          [
            "capabilities",
            "text",
            (p) => named.capabilities(p.values.capabilities),
          ],
          ["capacity", "count", (p) => p.values.capacity],
          [
            "communication",
            "text",
            (p) =>
              choiceWord("communication", p.values.communication, language),
          ],
          [
            "tier",
            "text",
            (p) => t(`domain:tier.${p.row.tier}` as never) as string,
          ],
          ["rating", "rating", (p) => p.row.rating],
          ["ratedOrders", "count", (p) => p.row.ratedOrders],
          ["activeOrders", "count", (p) => p.row.activeOrders],
          ["paused", "text", (p) => yesNoWord(!p.row.active, language)],
        ],
        rows,
        headingOf("partners", language),
      );
    }
    case "customers": {
      const rows = (async function* () {
        for await (const row of pages(
          async (offset) =>
            (
              await listCustomers(db, {
                offset,
                limit: pageSize,
                sort: input.sort,
                filter: input.filter,
              })
            ).rows,
        )) {
          const values = await customerValues(db, row.id);
          if (values) yield { row, values };
        }
      })();
      return table(
        "customers",
        language,
        fileName("customers"),
        [
          ["reference", "text", (c) => c.values.externalRef],
          ["id", "count", (c) => c.row.id],
          ["name", "text", (c) => c.values.name],
          ["email", "text", (c) => c.values.email],
          ["phone", "text", (c) => c.values.phone],
          [
            "language",
            "text",
            (c) => choiceWord("language", c.values.language, language),
          ],
          ["street", "text", (c) => c.values.address.street],
          ["postcode", "text", (c) => c.values.address.postcode],
          ["city", "text", (c) => c.values.address.city],
          ["country", "text", (c) => c.values.address.country],
          [
            "keyAccount",
            "text",
            (c) => yesNoWord(c.values.keyAccount, language),
          ],
          [
            "directMessaging",
            "text",
            (c) => yesNoWord(c.values.directMessagingDefault, language),
          ],
          ["orders", "count", (c) => c.row.orderCount],
        ],
        rows,
        headingOf("customers", language),
      );
    }
    case "outbox":
      return table(
        "outbox",
        language,
        fileName("outbox"),
        [
          ["due", "instant", (e) => e.dueAt],
          ["to", "text", (e) => e.recipient],
          ["subject", "text", (e) => e.subject],
          ["order", "text", (e) => e.orderNumber],
          [
            "status",
            "text",
            (e) => t(`outbox:status.${e.status}` as never) as string,
          ],
          ["attempts", "count", (e) => e.attempts],
          ["sent", "instant", (e) => e.sentAt],
          ["lastError", "text", (e) => e.lastError],
        ],
        pages(
          async (offset) =>
            (await listOutbox(db, input.filter, offset, pageSize)).rows,
        ),
      );
    case "ratedOrders":
      return table(
        "ratedOrders",
        language,
        fileName("ratedOrders"),
        [
          ["order", "text", (r) => r.number],
          ["countsFrom", "date", (r) => r.scoredOn],
          ["score", "rating", (r) => r.score],
          ...(
            [
              "quality",
              "communication",
              "involvement",
              "deliveryTime",
              "budget",
              "customerSatisfaction",
            ] as const
          ).map(
            (
              factor,
            ): Cell<
              Awaited<ReturnType<typeof ratedOrders>>["rows"][number]
            > => [factor, "count", (r) => r.factors?.[factor] ?? null],
          ),
          [
            "source",
            "text",
            (r) =>
              t(
                `imports:export.ratedOrders.sources.${r.source}` as never,
              ) as string,
          ],
          ["revisions", "count", (r) => r.revisions],
        ],
        pages(
          async (offset) =>
            (
              await ratedOrders(db, {
                partnerId: input.partnerId,
                offset,
                limit: pageSize,
              })
            ).rows,
        ),
      );
    case "orderHistory":
      return table(
        "orderHistory",
        language,
        fileName("orderHistory"),
        [
          ["when", "instant", (h) => h.at],
          ["who", "text", (h) => h.actor],
          [
            "what",
            "text",
            (h) =>
              t(`domain:auditAction.${h.action}` as never, {
                defaultValue: h.action,
              }) as string,
          ],
          [
            "before",
            "text",
            (h) => (h.before === null ? null : JSON.stringify(h.before)),
          ],
          [
            "after",
            "text",
            (h) => (h.after === null ? null : JSON.stringify(h.after)),
          ],
          ["reason", "text", (h) => h.reason],
        ],
        pages(
          async (offset) =>
            (
              await auditHistory(
                db,
                { orderId: input.orderId },
                { offset, limit: pageSize },
              )
            ).rows,
        ),
      );
  }
}

/** Partners' and customers' headings: their import's columns, read-only ones included. */
const headingOf =
  (kind: ImportKind, language: Language) =>
  (key: string): string =>
    columnHeading(kind, key, language);
