// A CSV file as spreadsheets write it: UTF-8 (with or without a byte-order mark), UTF-16 with its
// mark, or Windows-1252 (a Dutch Excel's "CSV" with umlauts); commas or semicolons between cells
// (sniffed outside quotes, since csv-parse's own detection fails on quoted cells).
import { parse } from "csv-parse";
import { Readable } from "node:stream";
import {
  FileRefused,
  sheetLimits,
  type OnProgress,
  type Sheet,
  type SheetRow,
} from "./sheet";

/** The text of the file, by its byte-order mark, else UTF-8 if it is valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const utf8 = (b: Uint8Array) =>
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return utf8(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
  try {
    return utf8(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** "," or ";": the one the header has and the first records have as often as the header. */
export function sniffDelimiter(text: string, maxRecords = 50): "," | ";" {
  const commas: number[] = [];
  const semicolons: number[] = [];
  let c = 0;
  let s = 0;
  let quoted = false;
  const endRecord = () => {
    if (c || s) {
      commas.push(c);
      semicolons.push(s);
    }
    c = s = 0;
  };
  for (let i = 0; i < text.length && commas.length < maxRecords; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (quoted) continue;
    else if (ch === ",") c++;
    else if (ch === ";") s++;
    else if (ch === "\n" || ch === "\r") endRecord();
  }
  endRecord();
  const score = (counts: number[]) => {
    const first = counts[0] ?? 0;
    if (first === 0) return 0;
    return (
      counts.filter((n) => n === first).length / counts.length + first / 1000
    );
  };
  return score(semicolons) > score(commas) ? ";" : ",";
}

export async function readCsv(
  bytes: Uint8Array,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<Sheet> {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    throw new FileRefused({ key: "errors:imports.undecodable" });
  }
  // Excel's "sep=;" first line names the separator.
  const named = /^\uFEFF?sep=([,;])\r?\n/.exec(text);
  const delimiter =
    named?.[1] === ";" ? ";" : named ? "," : sniffDelimiter(text);
  if (named) text = text.slice(named[0].length);
  // A file with NUL characters is no text file, whatever its name says.
  if (text.includes("\u0000"))
    throw new FileRefused({ key: "errors:imports.notText" });
  const parser = Readable.from([text]).pipe(
    parse({
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: sheetLimits.cellCharacters * 4,
    }),
  );
  let header: string[] | null = null;
  const rows: SheetRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; records: number };
    }>) {
      signal?.throwIfAborted();
      if (record.length > sheetLimits.columns)
        throw new FileRefused({
          key: "errors:imports.tooManyColumns",
          values: { max: sheetLimits.columns },
        });
      // The line the record starts on: it ends on info.lines, after any line breaks in its cells.
      const breaks = record.reduce(
        (n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0),
        0,
      );
      const line = info.lines - breaks;
      if (!header) {
        header = record.map((cell) => cell.trim());
        continue;
      }
      // A row of separators only (;;;;, as Excel saves the empty rows below a table) is no row.
      if (record.every((cell) => cell.trim() === "")) continue;
      if (rows.length >= sheetLimits.rows)
        throw new FileRefused({
          key: "errors:imports.tooManyRows",
          values: { max: sheetLimits.rows },
        });
      rows.push({ row: line, cells: record });
      if (rows.length % 2_000 === 0) {
        onProgress(rows.length, 0);
        // Let the console answer (progress, cancel) while a large file is read.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } catch (error) {
    if (error instanceof FileRefused || signal?.aborted) throw error;
    const code = (error as { code?: string }).code ?? "";
    const line = String((error as { lines?: number }).lines ?? "?");
    throw new FileRefused(
      code === "CSV_MAX_RECORD_SIZE"
        ? { key: "errors:imports.csvRowTooLong", values: { line } }
        : code.includes("QUOTE")
          ? { key: "errors:imports.csvQuote", values: { line } }
          : { key: "errors:imports.unreadableCsv", values: { line } },
    );
  }
  if (!header) throw new FileRefused({ key: "errors:imports.empty" });
  return { header, rows };
}
