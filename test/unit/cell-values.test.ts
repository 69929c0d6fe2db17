// What people write in spreadsheet cells, read as the importers need it: euros with either decimal
// mark, dates day first or as a spreadsheet's day number, yes and no in both languages, and the
// text an export protected from spreadsheets running it.
import { describe, expect, it } from "vitest";
import {
  cellText,
  readDate,
  readEuros,
  readWholeNumber,
  readYesNo,
} from "../../electron/core/imports/cell-values";
import {
  decodeText,
  sniffDelimiter,
} from "../../electron/core/imports/read-csv";

const value = <T>(read: { ok: true; value: T } | { ok: false }) =>
  read.ok ? read.value : null;

describe("euros", () => {
  it.each([
    ["1.234,56", 123_456],
    ["€ 1.234,56", 123_456],
    ["1234,56", 123_456],
    ["1234.56", 123_456],
    ["1,234.56", 123_456],
    ["€4,800.00", 480_000],
    ["1.234", 123_400],
    ["350", 35_000],
    ["0,5", 50],
  ])("reads %s as %i cents", (text, cents) => {
    expect(value(readEuros(text))).toBe(cents);
  });

  it.each(["1,234", "12,345", "1.23.4", "abc", "", "-5", "1,2,3"])(
    "refuses %j rather than guess",
    (text) => {
      expect(readEuros(text).ok).toBe(false);
    },
  );

  it("reads a number cell as euros", () => {
    expect(value(readEuros(200.5))).toBe(20_050);
  });
});

describe("dates", () => {
  it.each([
    ["3-12-2026", "2026-12-03"],
    ["03.12.2026", "2026-12-03"],
    ["3/12/2026", "2026-12-03"],
    ["2026-12-03", "2026-12-03"],
    ["3 dec 2026", "2026-12-03"],
    ["3 dec. 2026", "2026-12-03"],
    ["3 December 2026", "2026-12-03"],
    ["3-12-2026 14:30", "2026-12-03"],
  ])("reads %s day first", (text, date) => {
    expect(value(readDate(text))).toBe(date);
  });

  it("reads a spreadsheet's day number and a date cell", () => {
    expect(value(readDate(46359))).toBe("2026-12-03");
    expect(value(readDate(61))).toBe("1900-03-01");
    expect(value(readDate(new Date("2026-12-03T00:00:00Z")))).toBe(
      "2026-12-03",
    );
  });

  it.each(["31-11-2026", "12/31/2026", "2026-13-01", "tomorrow", 60])(
    "refuses %j",
    (text) => {
      expect(readDate(text).ok).toBe(false);
    },
  );
});

describe("other cells", () => {
  it("reads yes and no in both languages", () => {
    for (const yes of ["yes", "Ja", "TRUE", "1", "x", true])
      expect(value(readYesNo(yes))).toBe(true);
    for (const no of ["no", "Nee", "false", "0", "", false])
      expect(value(readYesNo(no))).toBe(false);
    expect(readYesNo("maybe").ok).toBe(false);
  });

  it("reads whole numbers grouped by thousands, and refuses fractions", () => {
    expect(value(readWholeNumber("1.200", 0, 100_000))).toBe(1200);
    expect(value(readWholeNumber("2400", 0, 100_000))).toBe(2400);
    expect(readWholeNumber("2,5", 0, 100_000).ok).toBe(false);
    expect(readWholeNumber("2000", 1, 1000).ok).toBe(false);
  });

  it("takes off the apostrophe an export put before formula characters, and nothing else", () => {
    expect(cellText("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(cellText("'+31 20 555")).toBe("+31 20 555");
    expect(cellText("'t Hoekje")).toBe("'t Hoekje");
  });
});

describe("CSV files", () => {
  it("sniffs the separator outside quotes", () => {
    expect(sniffDelimiter('Name;City\n"Vries, Jan";Amsterdam\n')).toBe(";");
    expect(sniffDelimiter('Name,Amount\n"Jan; Piet","1.234,56"\n')).toBe(",");
  });

  it("decodes by byte-order mark, else UTF-8, else Windows-1252", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x4d, 0xc3, 0xbc]))).toBe(
      "Mü",
    );
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x4d, 0x00, 0xfc, 0x00]))).toBe(
      "Mü",
    );
    expect(decodeText(Buffer.from([0x4d, 0xfc, 0x80]))).toBe("Mü€");
  });
});
