import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import {
  dateFieldFormat,
  dateFieldLocales,
  parseTypedDate,
} from "../../shared/rules/typed-date";

describe("a typed business date", () => {
  it("is read day first in both languages, and as ISO", () => {
    for (const language of ["en", "nl"] as const) {
      for (const typed of [
        "3-12-2026",
        "3/12/2026",
        "03.12.2026",
        " 3  12 2026 ",
        "2026-12-03",
      ])
        expect(parseTypedDate(typed, language), typed).toBe("2026-12-03");
    }
    expect(parseTypedDate("3 Dec 2026", "en")).toBe("2026-12-03");
    expect(parseTypedDate("3 December 2026", "en")).toBe("2026-12-03");
    expect(parseTypedDate("3 dec. 2026", "nl")).toBe("2026-12-03");
    for (const typed of ["3 dec 2026", "3 DEC 2026", "3 december 2026"])
      expect(parseTypedDate(typed, "en"), typed).toBe("2026-12-03");
    for (const typed of ["3 Dec 2026", "3 DEC. 2026", "3 December 2026"])
      expect(parseTypedDate(typed, "nl"), typed).toBe("2026-12-03");
    expect(parseTypedDate("3 Sept 2026", "en")).toBe("2026-09-03");
    expect(parseTypedDate("3 sept. 2026", "nl")).toBe("2026-09-03");
    expect(parseTypedDate("3 Mrt 2026", "nl")).toBe("2026-03-03");
    expect(parseTypedDate("3 december 2026", "nl")).toBe("2026-12-03");
  });

  it("reads back what the field shows, in each language, every day of a year", () => {
    for (const language of ["en", "nl"] as const) {
      for (let day = 0; day < 366; day++) {
        const date = dayjs("2028-01-01").add(day, "day");
        const shown = date
          .locale(dateFieldLocales[language])
          .format(dateFieldFormat);
        expect(parseTypedDate(shown, language), shown).toBe(
          date.format("YYYY-MM-DD"),
        );
      }
    }
  });

  it("is no date while half typed or impossible", () => {
    for (const typed of [
      "",
      "3-12",
      "3-12-20",
      "31-11-2026",
      "29-2-2027",
      "12/31/2026",
      "morgen",
    ])
      expect(parseTypedDate(typed, "en"), typed).toBeNull();
  });
});
