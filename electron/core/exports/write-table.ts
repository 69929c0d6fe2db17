// A table written to a file a spreadsheet opens, a row at a time so that 200,000 orders never sit
// in memory at once. CSV holds text as the screen shows it (in Dutch with semicolons, as a Dutch
// Excel expects), with a byte-order mark, and any text that a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) behind an apostrophe. XLSX holds real dates
// and numbers, formatted like the screen; its text cells are never formulas.
import { stringify } from "csv-stringify";
import type ExcelJS from "exceljs";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { FileFormat } from "../../../shared/contract";
import { displayFormats } from "../../../shared/display-formats";
import type { Language } from "../../../shared/i18n/languages";
import { amsterdamWallClock } from "../../../shared/rules/business-time";

export type CellKind =
  "text" | "date" | "instant" | "euros" | "count" | "rating";

export interface TableColumn {
  heading: string;
  kind: CellKind;
  /** Characters, for XLSX. */
  width?: number;
}

/** A cell as the lists hold it: text, cents, a number, a business date or an ISO instant. */
export type TableValue = string | number | null;

/** Writes the rows; answers how many there were. `onRow` is told every thousand rows. */
export type TableWriter = (
  path: string,
  columns: TableColumn[],
  rows: AsyncIterable<TableValue[]>,
  options: {
    language: Language;
    onRows(done: number): void;
    signal: AbortSignal;
  },
) => Promise<number>;

const csvText = (
  value: TableValue,
  kind: CellKind,
  language: Language,
): string => {
  if (value === null || value === "") return "";
  const formats = displayFormats(language);
  switch (kind) {
    case "date":
      return formats.date(String(value));
    case "instant":
      return formats.instant(String(value));
    case "euros":
      return formats.euros(Number(value));
    case "count":
      return String(value);
    case "rating":
      return formats.rating(Number(value));
    default:
      return String(value);
  }
};

export const writeCsv: TableWriter = async (path, columns, rows, options) => {
  const out = createWriteStream(path);
  const csv = stringify({
    bom: true,
    delimiter: options.language === "nl" ? ";" : ",",
    record_delimiter: "windows",
    escape_formulas: true,
  });
  csv.pipe(out);
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  const finished = once(out, "finish");
  const write = async (record: string[]) => {
    if (!csv.write(record)) await Promise.race([once(csv, "drain"), failed]);
  };
  await write(columns.map((c) => c.heading));
  let count = 0;
  for await (const row of rows) {
    options.signal.throwIfAborted();
    await write(
      row.map((value, i) =>
        csvText(value, columns[i]?.kind ?? "text", options.language),
      ),
    );
    if (++count % 1000 === 0) options.onRows(count);
  }
  csv.end();
  await Promise.race([finished, failed]);
  return count;
};

/**
 * A business date or instant as the day (and time in Amsterdam) a spreadsheet shows: spreadsheets
 * know no time zones, so the wall-clock time is written as if it were UTC.
 */
function spreadsheetDate(value: string, kind: "date" | "instant"): Date {
  if (kind === "date") return new Date(`${value}T00:00:00Z`);
  return amsterdamWallClock(value);
}

const numberFormats: Partial<Record<CellKind, string>> = {
  date: "d mmm yyyy",
  instant: "d mmm yyyy hh:mm",
  euros: '"€" #,##0.00',
  rating: "0.00",
  count: "0",
};

/**
 * exceljs does not wait for the file: the sheet queues inside its zip writer while zlib catches up.
 * Waiting while more than 8 MB queue keeps memory flat (its internal queue; exceljs is pinned).
 */
async function drain(worksheet: ExcelJS.Worksheet) {
  const queue = (
    worksheet as unknown as {
      stream?: { pipes?: { _writableState?: { length?: number } }[] };
    }
  ).stream?.pipes?.[0];
  while ((queue?._writableState?.length ?? 0) > 8 * 1024 * 1024) await sleep(1);
}

export const writeXlsx: TableWriter = async (path, columns, rows, options) => {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  // Loaded when first needed: exceljs alone takes a quarter of a second to load at every start.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("Cutr", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((c, i) => ({
    header: c.heading,
    key: String(i),
    width: c.width ?? (c.kind === "text" ? 24 : 14),
  }));
  // One style object per column, shared by its cells: exceljs works a style out once per object it
  // has not seen (a copy per cell cost a third of the export).
  const styles = columns.map((c) => {
    const numFmt = numberFormats[c.kind];
    return numFmt ? { numFmt } : {};
  });
  sheet.getRow(1).font = { bold: true };
  let count = 0;
  for await (const row of rows) {
    options.signal.throwIfAborted();
    const added = sheet.addRow(
      row.map((value, i) => {
        const kind = columns[i]?.kind ?? "text";
        if (value === null || value === "") return null;
        if (kind === "date" || kind === "instant")
          return spreadsheetDate(String(value), kind);
        if (kind === "euros") return Number(value) / 100;
        if (kind === "count" || kind === "rating") return Number(value);
        // Always a string: exceljs writes it as text, never as a formula.
        return String(value);
      }),
    );
    styles.forEach((style, i) => {
      added.getCell(i + 1).style = style;
    });
    added.commit();
    if (++count % 1000 === 0) {
      options.onRows(count);
      await drain(sheet);
    }
  }
  sheet.commit();
  await Promise.race([workbook.commit(), failed]);
  return count;
};

export const writers: Record<FileFormat, TableWriter> = {
  csv: writeCsv,
  xlsx: writeXlsx,
};
