// What importing a file would do, record by record, and everything wrong with it by row and
// column: the shape every kind's planner answers, and the tools they share to read a row.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Language } from "../../../shared/i18n/languages";
import type { ChangeBy } from "../audit/changed-fields";
import { catalogRecords, type CatalogRecord } from "../catalog/catalog-tables";
import type { Database } from "../db/schema";
import type { Phrase } from "../i18n/phrase";
import { issueDetails, parseIn } from "../i18n/zod-issues";
import { readList, wordKey, type Read } from "./cell-values";
import type { ColumnMap } from "./columns";
import type { CellValue, SheetRow } from "./sheet";

export interface RowProblem {
  row: number | null;
  column: string | null;
  /** A Phrase to say in the reader's language, or a message zod has already worded. */
  problem: Phrase | string;
}

export interface Planned<V> {
  /** The rows the record comes from (an order of several items has several). */
  rows: number[];
  reference: string;
  name: string;
  action: "create" | "update" | "unchanged";
  id: number | null;
  version: number | null;
  values: V;
}

export interface Plan<V> {
  changes: Planned<V>[];
  problems: RowProblem[];
}

export interface PlanContext {
  language: Language;
  now: Date;
  /** Called now and then, so a long check shows progress and can be cancelled. */
  tick(done: number): Promise<void>;
}

export interface ImportKindRules<V> {
  plan(
    db: Kysely<Database>,
    rows: SheetRow[],
    columns: ColumnMap & { header: string[] },
    context: PlanContext,
  ): Promise<Plan<V>>;
  /** Writes the planned records (inside the import's one transaction). */
  apply(
    trx: Kysely<Database>,
    changes: Planned<V>[],
    by: ChangeBy & { fileName: string },
    tick: (done: number) => Promise<void>,
  ): Promise<void>;
}

/** One row's cells by column key, collecting what is wrong with them under the file's heading. */
export class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly row: SheetRow,
    private readonly columns: ColumnMap & { header: string[] },
  ) {}

  has(key: string): boolean {
    return this.columns.index.has(key);
  }

  cell(key: string): CellValue {
    const index = this.columns.index.get(key);
    return index === undefined ? null : (this.row.cells[index] ?? null);
  }

  heading(key: string): string | null {
    const index = this.columns.index.get(key);
    return index === undefined ? null : (this.columns.header[index] ?? key);
  }

  /** Whether a problem of the column was already found (its cell could not be read). */
  hasProblem(key: string): boolean {
    const heading = this.heading(key);
    return this.problems.some((p) => p.column === heading);
  }

  problem(key: string | null, problem: Phrase | string): void {
    this.problems.push({
      row: this.row.row,
      column: key === null ? null : this.heading(key),
      problem,
    });
  }

  /** The column's value read by `read`, or undefined (with a problem) when it cannot be read. */
  read<T>(key: string, read: (cell: CellValue) => Read<T>): T | undefined {
    const result = read(this.cell(key));
    if (result.ok) return result.value;
    this.problem(key, result.problem);
    return undefined;
  }
}

/**
 * Checks the record a row makes with the contract's schema, the same the console's forms use, and
 * files each problem under the column it is about (`fieldColumn` maps "address.city" to "city").
 */
export function checkWithContract<S extends z.ZodType>(
  schema: S,
  input: unknown,
  reader: RowReader,
  language: Language,
  fieldColumn: (field: string) => string | null,
): z.output<S> | null {
  const parsed = parseIn(schema, input, language);
  if (parsed.success) return parsed.data;
  for (const detail of issueDetails(parsed.error.issues, language)) {
    const column = fieldColumn(detail.field);
    // A cell that could not be read has its own problem already; its stand-in value says no more.
    if (column === null || !reader.hasProblem(column))
      reader.problem(column, detail.message);
  }
  return null;
}

/** The codes of a list's entries named in a cell: by code or by name in either language. */
export class CatalogNames {
  private readonly byWord = new Map<string, CatalogRecord>();
  constructor(readonly records: Map<string, CatalogRecord>) {
    for (const record of records.values())
      for (const word of [record.code, record.names.en, record.names.nl])
        this.byWord.set(wordKey(word), record);
  }

  static async load(db: Kysely<Database>) {
    const [capabilities, regions] = await Promise.all([
      catalogRecords(db, "capability"),
      catalogRecords(db, "region"),
    ]);
    return {
      capabilities: new CatalogNames(capabilities),
      regions: new CatalogNames(regions),
    };
  }

  /**
   * The codes of the entries a cell names. Unknown names are a problem of the column, and so are
   * retired entries, but for those the record has already (retiring leaves what uses it alone).
   */
  read(
    reader: RowReader,
    column: string,
    had: readonly string[],
    list: "capability" | "region",
  ): string[] {
    const { codes, unknown } = this.codesOf(readList(reader.cell(column)));
    if (unknown.length > 0)
      reader.problem(column, {
        key:
          list === "region"
            ? "errors:imports.cell.unknownRegions"
            : "errors:imports.cell.unknownCapabilities",
        values: { names: unknown.join(", ") },
      });
    const retired = codes
      .filter((code) => !had.includes(code))
      .flatMap((code) => {
        const record = this.records.get(code);
        return record?.retired ? [record.names] : [];
      });
    if (retired.length > 0)
      reader.problem(column, {
        key: "errors:imports.cell.retired",
        values: { names: { list: retired, separator: ", " } },
      });
    return codes;
  }

  /** The codes, or the names nobody knows. */
  codesOf(names: string[]): { codes: string[]; unknown: string[] } {
    const codes: string[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const record = this.byWord.get(wordKey(name));
      if (record) {
        if (!codes.includes(record.code)) codes.push(record.code);
      } else unknown.push(name);
    }
    return { codes, unknown };
  }
}
