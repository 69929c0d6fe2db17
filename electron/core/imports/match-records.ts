// Which record a row is about: the one with its reference, else the one with its console number
// (exports write both), else a new one. The same reference twice in one file is a problem.
import type { RowReader } from "./plan";

export interface Existing {
  id: number;
  reference: string | null;
  /** How staff know it: a name or an order number. */
  label: string;
}

export function matchRecord(
  reader: RowReader,
  key: { reference: string | null; id: number | null },
  existing: Existing[],
  /** References seen on earlier rows, with the row they were on. */
  seen: Map<string, number>,
  row: number,
): { id: number | null; problem: boolean } {
  if (key.reference) {
    const earlier = seen.get(key.reference);
    if (earlier !== undefined) {
      reader.problem("reference", {
        key: "errors:imports.cell.referenceTwice",
        values: { reference: key.reference, row: earlier },
      });
      return { id: null, problem: true };
    }
    seen.set(key.reference, row);
    const byRef = existing.find((e) => e.reference === key.reference);
    if (byRef) return { id: byRef.id, problem: false };
  }
  if (key.id !== null) {
    const byId = existing.find((e) => e.id === key.id);
    if (!byId) {
      reader.problem("id", {
        key: "errors:imports.cell.unknownId",
        values: { id: key.id },
      });
      return { id: null, problem: true };
    }
    if (byId.reference && key.reference && byId.reference !== key.reference) {
      reader.problem("reference", {
        key: "errors:imports.cell.referenceOfOther",
        values: { reference: byId.reference, label: byId.label },
      });
      return { id: null, problem: true };
    }
    return { id: byId.id, problem: false };
  }
  return { id: null, problem: false };
}
