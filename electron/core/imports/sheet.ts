// A spreadsheet as the importers read it, whatever file it came from: the header's texts and each
// row's cells with the line (CSV) or row number (XLSX) a person finds it under.
import type { Phrase } from "../i18n/phrase";

/** A cell as the file holds it: text, a number, a yes/no, or a date (XLSX date cells). */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row as the person sees it in their spreadsheet program (the header is row 1). */
  row: number;
  cells: CellValue[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** How far reading has come, for the progress the screen shows. */
export type OnProgress = (done: number, total: number) => void;

/** The whole file cannot be read: nothing in it is looked at further. */
export class FileRefused extends Error {
  constructor(readonly phrase: Phrase) {
    super(phrase.key);
    this.name = "FileRefused";
  }
}

export const sheetLimits = {
  /** The file as uploaded. */
  bytes: 50 * 1024 * 1024,
  rows: 200_000,
  columns: 200,
  /** One cell's text. */
  cellCharacters: 10_000,
};
