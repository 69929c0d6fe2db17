// Which record a row is about: the one with its reference, else the one with its console number
// (exports write both), else a new one. A reference or a number twice in one file, a number the
// console does not have or cannot read, and a number whose record has another reference are
// problems of the row.
import type { Kysely } from "kysely";
import { inIds, inTexts } from "../db/dialect";
import type { Database } from "../db/schema";
import { cellText } from "./cell-values";
import type { RowReader } from "./plan";

export interface Existing {
  id: number;
  reference: string | null;
  /** How staff know it: a name. */
  label: string;
}

export interface RowKey {
  reference: string | null;
  /** The console number; NaN when the cell holds something else. */
  id: number | null;
}

export const rowKey = (reader: RowReader): RowKey => {
  const number = cellText(reader.cell("id"));
  return {
    reference: cellText(reader.cell("reference")) || null,
    id:
      number === ""
        ? null
        : /^\d{1,15}$/.test(number)
          ? Number(number)
          : Number.NaN,
  };
};

/** The partners or customers a file's rows name, found by reference and by number at once. */
export async function existingRecords(
  db: Kysely<Database>,
  table: "partners" | "customers",
  keys: RowKey[],
): Promise<{ byRef: Map<string, Existing>; byId: Map<number, Existing> }> {
  const references = keys.flatMap((k) => (k.reference ? [k.reference] : []));
  const ids = keys.flatMap((k) =>
    k.id !== null && !Number.isNaN(k.id) ? [k.id] : [],
  );
  const rows =
    references.length + ids.length === 0
      ? []
      : await db
          .selectFrom(table)
          .select(["id", "external_ref", "name"])
          .where((eb) =>
            eb.or([
              ...(references.length
                ? [inTexts(db, "external_ref", references)]
                : []),
              ...(ids.length ? [inIds(db, "id", ids)] : []),
            ]),
          )
          .execute();
  const found = rows.map((r) => ({
    id: r.id,
    reference: r.external_ref,
    label: r.name,
  }));
  return {
    byRef: new Map(
      found.flatMap((e) => (e.reference ? [[e.reference, e]] : [])),
    ),
    byId: new Map(found.map((e) => [e.id, e])),
  };
}

export function matchRecord(
  reader: RowReader,
  key: RowKey,
  existing: { byRef: Map<string, Existing>; byId: Map<number, Existing> },
  /** References and numbers seen on earlier rows, with the row they were on. */
  seen: Map<string, number>,
  row: number,
): { id: number | null; problem: boolean } {
  for (const [column, value] of [
    ["reference", key.reference],
    ["id", key.id],
  ] as const) {
    if (value === null || Number.isNaN(value)) continue;
    const earlier = seen.get(`${column}:${value}`);
    if (earlier !== undefined) {
      reader.problem(column, {
        key: "errors:imports.cell.referenceTwice",
        values: { reference: String(value), row: earlier },
      });
      return { id: null, problem: true };
    }
    seen.set(`${column}:${value}`, row);
  }
  if (key.id !== null && Number.isNaN(key.id)) {
    reader.problem("id", {
      key: "errors:imports.cell.notWholeNumber",
      values: { text: cellText(reader.cell("id")) },
    });
    return { id: null, problem: true };
  }
  const byRef = key.reference ? existing.byRef.get(key.reference) : undefined;
  const byId = key.id !== null ? existing.byId.get(key.id) : undefined;
  if (key.id !== null && !byId) {
    reader.problem("id", {
      key: "errors:imports.cell.unknownId",
      values: { id: key.id },
    });
    return { id: null, problem: true };
  }
  // The reference names one record and the number another: which one is meant?
  if (byRef && byId && byRef.id !== byId.id) {
    reader.problem("reference", {
      key: "errors:imports.cell.referenceAndNumberDiffer",
      values: { reference: key.reference ?? "", label: byRef.label },
    });
    return { id: null, problem: true };
  }
  if (
    byId?.reference &&
    key.reference &&
    byId.reference !== key.reference &&
    !byRef
  ) {
    reader.problem("reference", {
      key: "errors:imports.cell.referenceOfOther",
      values: { reference: byId.reference, label: byId.label },
    });
    return { id: null, problem: true };
  }
  const match = byRef ?? byId;
  return { id: match?.id ?? null, problem: false };
}
