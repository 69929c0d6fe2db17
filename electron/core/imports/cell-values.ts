// A cell as a person wrote it, read as what a column needs: text, a whole number, euros, a date,
// yes or no, a list, or one of a few words, in English or Dutch. Each reader answers the value, or
// a Phrase that says what is wrong (the row and column are added by the caller).
import { parseTypedDate } from "../../../shared/rules/typed-date";
import type { Phrase } from "../i18n/phrase";
import type { CellValue } from "./sheet";

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Phrase };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (problem: Phrase): Read<never> => ({ ok: false, problem });

/**
 * A cell's text. A leading apostrophe before = + - @ (or their full-width forms) is the one exports
 * add so that no spreadsheet runs the text as a formula: it is taken off again.
 */
export function cellText(cell: CellValue): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return /^'[=+\-@\t\r＝＋－＠]/.test(text) ? text.slice(1) : text;
}

/** Compares words as people type them: no case, no accents, no spaces or punctuation. */
export const wordKey = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

export function readWholeNumber(
  cell: CellValue,
  min: number,
  max: number,
): Read<number> {
  // 1.200 or 1,200 (thousands grouped in threes) is 1200 in a column of whole numbers.
  const typed = cellText(cell).replace(/\s/g, "");
  const text = /^\d{1,3}([.,]\d{3})+$/.test(typed)
    ? typed.replace(/[.,]/g, "")
    : typed;
  const value = typeof cell === "number" ? cell : Number(text);
  if (text === "" || !Number.isInteger(value))
    return no({
      key: "errors:imports.cell.notWholeNumber",
      values: { text: cellText(cell) },
    });
  if (value < min || value > max)
    return no({ key: "errors:imports.cell.outOfRange", values: { min, max } });
  return ok(value);
}

/**
 * Euros to cents: 1.234,56 and € 1.234,56 (Dutch), 1,234.56 and 1234.56 (English), or a number
 * cell. Text that could be read both ways (1,234) is refused rather than guessed.
 */
export function readEuros(cell: CellValue): Read<number> {
  if (typeof cell === "number")
    return Number.isFinite(cell) && cell >= 0
      ? ok(Math.round(cell * 100))
      : no({
          key: "errors:imports.cell.notAmount",
          values: { text: String(cell) },
        });
  const typed = cellText(cell);
  const s = typed.replace(/[\s\u00a0\u202f]|€|eur/gi, "");
  const refused = no({
    key: "errors:imports.cell.notAmount",
    values: { text: typed },
  });
  if (!/^\d[\d.,]*$/.test(s)) return refused;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  const decimalsAfter = (mark: string) =>
    s.split(mark).length === 2 && s.length - s.lastIndexOf(mark) - 1 <= 2;
  const decimal =
    lastDot >= 0 && lastComma >= 0
      ? lastDot > lastComma
        ? "."
        : ","
      : lastComma >= 0 && decimalsAfter(",")
        ? ","
        : lastDot >= 0 && decimalsAfter(".")
          ? "."
          : null;
  const cut = decimal ? s.lastIndexOf(decimal) : -1;
  const whole = cut >= 0 ? s.slice(0, cut) : s;
  const fraction = cut >= 0 ? s.slice(cut + 1) : "";
  const groups = whole.split(/[.,]/);
  const grouped = groups.length > 1;
  if (
    whole === "" ||
    (grouped &&
      (new Set(whole.replace(/\d/g, "")).size > 1 ||
        (groups[0]?.length ?? 0) > 3 ||
        !groups.slice(1).every((g) => g.length === 3))) ||
    // 1,234 alone: a thousand and more in English, one and a bit in Dutch.
    (decimal === null && grouped && whole.includes(",") && !whole.includes("."))
  )
    return refused;
  const cents = Number(groups.join("")) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? ok(cents) : refused;
}

/** Days Excel counts from 30 December 1899 (its 1900 calendar, with the leap day 1900 never had). */
function fromSpreadsheetSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465)
    return null;
  const day = Math.floor(serial + 1e-9);
  return new Date(Date.UTC(1899, 11, 30) + day * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Day first in numbers (3-12-2026, 03.12.2026) or year first (2026-12-03): the common case, quick. */
function numericDate(text: string): string | null {
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = dayFirst
    ? [dayFirst[4], dayFirst[3], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // 31-11-2026 rolls over into December: it is no date.
  return date.getUTCDate() === Number(day) &&
    date.getUTCMonth() === Number(month) - 1
    ? date.toISOString().slice(0, 10)
    : null;
}

/** Month names and other forms, in either language; a file repeats its dates, so each is read once. */
const typedDates = new Map<string, string | null>();
function typedDate(text: string): string | null {
  let date = typedDates.get(text);
  if (date === undefined) {
    date = parseTypedDate(text, "nl") ?? parseTypedDate(text, "en");
    if (typedDates.size > 10_000) typedDates.clear();
    typedDates.set(text, date);
  }
  return date;
}

/**
 * A business date: a date cell, a spreadsheet's day number, or text day first (3-12-2026,
 * 3/12/2026, 03.12.2026, 3 dec 2026, 3 December 2026) or year first (2026-12-03).
 */
export function readDate(cell: CellValue): Read<string> {
  // exceljs gives a date cell as the day's midnight in UTC.
  if (cell instanceof Date) return ok(cell.toISOString().slice(0, 10));
  if (typeof cell === "number") {
    const date = fromSpreadsheetSerial(cell);
    return date
      ? ok(date)
      : no({
          key: "errors:imports.cell.notDate",
          values: { text: String(cell) },
        });
  }
  const text = cellText(cell).replace(/[ T]\d{1,2}:\d{2}(:\d{2})?$/, "");
  const date = numericDate(text) ?? typedDate(text);
  return date
    ? ok(date)
    : no({
        key: "errors:imports.cell.notDate",
        values: { text: cellText(cell) },
      });
}

const yesWords = new Set([
  "yes",
  "y",
  "ja",
  "j",
  "true",
  "waar",
  "1",
  "x",
  "✓",
]);
const noWords = new Set(["no", "n", "nee", "false", "onwaar", "0", ""]);

export function readYesNo(cell: CellValue): Read<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  const word = cellText(cell).toLowerCase();
  if (yesWords.has(word)) return ok(true);
  if (noWords.has(word)) return ok(false);
  return no({
    key: "errors:imports.cell.notYesNo",
    values: { text: cellText(cell) },
  });
}

/** Several entries in one cell, between commas, semicolons, bars or line breaks. */
export const readList = (cell: CellValue): string[] =>
  cellText(cell)
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** One of a few values, each known by its code and by its words in either language. */
export function readChoice<T extends string>(
  cell: CellValue,
  choices: readonly { value: T; words: readonly string[] }[],
): Read<T> {
  const typed = wordKey(cellText(cell));
  const found = choices.find(
    (c) =>
      wordKey(c.value) === typed || c.words.some((w) => wordKey(w) === typed),
  );
  return found
    ? ok(found.value)
    : no({
        key: "errors:imports.cell.notChoice",
        values: {
          text: cellText(cell),
          choices: choices.map((c) => c.words[0] ?? c.value).join(", "),
        },
      });
}
