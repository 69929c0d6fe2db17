// The plan of a file of partners or customers, one record a row: each row matched to a record the
// console has (by reference or console number) or a new one; the record as it stands, with each
// column the file has put over it (columns the file lacks, and empty optional cells, keep what the
// record has); checked with the contract's schema; compared to say whether it changes.
import type { Kysely } from "kysely";
import type { z } from "zod";
import { changedFields } from "../audit/changed-fields";
import type { Database } from "../db/schema";
import { cellText } from "./cell-values";
import { existingRecords, matchRecord, rowKey } from "./match-records";
import {
  checkWithContract,
  RowReader,
  type Plan,
  type PlanContext,
  type Planned,
} from "./plan";
import type { ColumnMap } from "./columns";
import type { SheetRow } from "./sheet";

export interface RecordRules<V extends { externalRef: string | null }> {
  table: "partners" | "customers";
  schema: z.ZodType;
  /** A new record before its columns are read. */
  blank(): V;
  /** The record as it stands, and its version. */
  load(
    db: Kysely<Database>,
    id: number,
  ): Promise<{ values: V; version: number } | null>;
  /** Puts the row's columns over the values; reads what needs reading, noting problems. */
  fill(values: V, reader: RowReader, stored: V | null): void;
  /** What the schema checked, as the record's values. */
  toValues(checked: unknown): V;
  /** The file's column a problem of the contract's field belongs to. */
  columnOfField(field: string): string | null;
  label(values: V): string;
}

/** Text columns: an empty cell of an existing record keeps what the record has only if optional. */
export function fillText<V>(
  values: V,
  reader: RowReader,
  keys: readonly (keyof V & string)[],
) {
  for (const key of keys)
    if (reader.has(key))
      (values as Record<string, unknown>)[key] = cellText(reader.cell(key));
}

export async function planRecords<V extends { externalRef: string | null }>(
  db: Kysely<Database>,
  rows: SheetRow[],
  columns: ColumnMap & { header: string[] },
  context: PlanContext,
  rules: RecordRules<V>,
): Promise<Plan<V>> {
  const keys = rows.map((row) => rowKey(new RowReader(row, columns)));
  const existing = await existingRecords(db, rules.table, keys);
  const plan: Plan<V> = { changes: [], problems: [] };
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    await context.tick(i);
    const reader = new RowReader(row, columns);
    const key = keys[i]!;
    const match = matchRecord(reader, key, existing, seen, row.row);
    const loaded = match.id ? await rules.load(db, match.id) : null;
    const stored = loaded?.values ?? null;
    const values: V = stored ? structuredClone(stored) : rules.blank();
    if (key.reference) values.externalRef = key.reference;
    rules.fill(values, reader, stored);
    const checked = match.problem
      ? null
      : checkWithContract(
          rules.schema,
          values,
          reader,
          context.language,
          rules.columnOfField,
        );
    plan.problems.push(...reader.problems);
    if (checked === null || reader.problems.length > 0) continue;
    const parsed = rules.toValues(checked);
    const changed = stored
      ? Object.keys(changedFields(stored, parsed).after).length > 0
      : true;
    plan.changes.push({
      rows: [row.row],
      reference: parsed.externalRef ?? String(match.id ?? ""),
      name: rules.label(parsed),
      action: !stored ? "create" : changed ? "update" : "unchanged",
      id: match.id,
      version: loaded?.version ?? null,
      values: parsed,
    } satisfies Planned<V>);
  }
  return plan;
}
