// orders_list_vs_raw: the console's Orders page (through the whole stack) against the same page as
// one prepared better-sqlite3 statement: the same columns, filter, order, page and total count.
import type BetterSqlite3 from "better-sqlite3";
import type { OrderRow, OrdersListInput, Page } from "../../shared/contract";
import {
  toOrderRow,
  type SelectedOrderRow,
} from "../../electron/core/orders/order-row";
import { timeInTurn, sum } from "../measure";
import { orderListShapes } from "../orders-list-queries";

/**
 * The pages compared: the bench's mix without its searches (the raw statement says filters and sorts
 * as the console does; the text search is the console's own index): first pages, and a deep one.
 */
export const rawComparableQueries: OrdersListInput[] = [
  ...orderListShapes
    .filter((shape) => !shape.filter?.search)
    .map((shape) => ({ ...shape, offset: 0, limit: 100 })),
  // A deep page of the whole list (the scale database has 200,000 orders; the tests' small one 400).
  {
    filter: {},
    sort: { column: "number", direction: "asc" },
    offset: 200,
    limit: 100,
  },
];

const sortColumns = {
  number: "number",
  status: "status",
  customer: "customer_name",
  requestedDeliveryDate: "requested_delivery_date",
  createdAt: "created_at",
  value: "value_cents",
} as const;

/** A row of the console's list (order-row.ts) with the filter's total beside it. */
type RawRow = SelectedOrderRow & { total: number };

/** The statement and its parameters for one of `rawComparableQueries`. */
function rawStatement(input: OrdersListInput): {
  sql: string;
  parameters: unknown[];
} {
  const where: string[] = [];
  const parameters: unknown[] = [];
  const { filter = {}, sort } = input;
  if (filter.status?.length) {
    where.push(`status IN (${filter.status.map(() => "?").join(", ")})`);
    parameters.push(...filter.status);
  }
  if (filter.keyAccount !== undefined) {
    where.push("key_account = ?");
    parameters.push(filter.keyAccount ? 1 : 0);
  }
  if (filter.region) {
    where.push("region = ?");
    parameters.push(filter.region);
  }
  // The contract's default order: the newest first.
  const column = sort?.column ?? "createdAt";
  if (
    !(column in sortColumns) ||
    filter.search ||
    filter.rated !== undefined ||
    filter.customerId ||
    filter.partnerId
  )
    throw new Error(`The raw Orders page cannot say ${JSON.stringify(input)}.`);
  const direction = (sort?.direction ?? "desc") === "desc" ? "DESC" : "ASC";
  const condition = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
  return {
    sql: `SELECT id, number, status, version, title, customer_id, customer_name, key_account,
        partner_id, partner_name, region, requested_delivery_date, value_cents, created_at,
        delivered_at, approved_at, (SELECT count(*) FROM orders ${condition}) AS total
      FROM orders ${condition}
      ORDER BY ${sortColumns[column as keyof typeof sortColumns]} ${direction}, id ${direction}
      LIMIT ? OFFSET ?`,
    parameters: [
      ...parameters,
      ...parameters,
      input.limit ?? 100,
      input.offset ?? 0,
    ],
  };
}

/** Prepares each query's statement once; the answer reads a page as the console's list answers it. */
export function rawOrdersPages(sqlite: BetterSqlite3.Database) {
  const statements = new Map<
    string,
    BetterSqlite3.Statement<unknown[], RawRow>
  >();
  return (input: OrdersListInput): Page<OrderRow> => {
    const { sql, parameters } = rawStatement(input);
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare<unknown[], RawRow>(sql);
      statements.set(sql, statement);
    }
    const rows = statement.all(...parameters);
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.map(toOrderRow),
    };
  };
}

/**
 * Each comparable page asked through HTTP (`askConsole`) and as the raw statement, in turn, so the
 * machine's noise falls on both; the ratio of their total times.
 */
export async function ordersListVsRaw(
  askConsole: (input: OrdersListInput) => Promise<unknown>,
  sqlite: BetterSqlite3.Database,
  rounds: number,
): Promise<number> {
  const raw = rawOrdersPages(sqlite);
  for (const input of rawComparableQueries) {
    await askConsole(input); // warm both
    raw(input);
  }
  const [consoleMs, rawMs] = await timeInTurn(
    Array.from({ length: rounds }, () => rawComparableQueries).flat(),
    askConsole,
    raw,
  );
  return sum(consoleMs) / sum(rawMs);
}
