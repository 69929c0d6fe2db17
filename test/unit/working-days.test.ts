import Holidays from "date-holidays";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dutchHolidaysData,
  dutchHolidaysFile,
} from "../../scripts/dutch-holidays";
import {
  addWorkingDays,
  dutchPublicHolidays,
  isWorkingDay,
} from "../../electron/core/calendar/working-days";

describe("Dutch working days", () => {
  it.each([
    ["2026-04-24", 10, "2026-05-11"],
    ["2026-05-08", 10, "2026-05-26"],
  ])(
    "approved %s + %i working days is %s (DOMAIN.md examples)",
    (date, days, expected) => {
      expect(addWorkingDays(date, days)).toBe(expected);
    },
  );

  it.each([
    [
      2024,
      [
        "2024-01-01",
        "2024-04-01",
        "2024-04-27",
        "2024-05-09",
        "2024-05-20",
        "2024-12-25",
        "2024-12-26",
      ],
    ],
    [
      2025,
      [
        "2025-01-01",
        "2025-04-21",
        "2025-04-26",
        "2025-05-29",
        "2025-06-09",
        "2025-12-25",
        "2025-12-26",
      ],
    ],
    [
      2026,
      [
        "2026-01-01",
        "2026-04-06",
        "2026-04-27",
        "2026-05-14",
        "2026-05-25",
        "2026-12-25",
        "2026-12-26",
      ],
    ],
    [
      2027,
      [
        "2027-01-01",
        "2027-03-29",
        "2027-04-27",
        "2027-05-06",
        "2027-05-17",
        "2027-12-25",
        "2027-12-26",
      ],
    ],
    [
      2028,
      [
        "2028-01-01",
        "2028-04-17",
        "2028-04-27",
        "2028-05-25",
        "2028-06-05",
        "2028-12-25",
        "2028-12-26",
      ],
    ],
    [
      2030,
      [
        "2030-01-01",
        "2030-04-22",
        "2030-04-27",
        "2030-05-30",
        "2030-06-10",
        "2030-12-25",
        "2030-12-26",
      ],
    ],
  ])("%i has the listed holidays on their dates", (year, days) => {
    const holidays = dutchPublicHolidays(year);
    for (const day of days) expect(holidays.has(day), day).toBe(true);
  });

  it("moves King's Day to Saturday 26 April when the 27th is a Sunday", () => {
    expect(dutchPublicHolidays(2025).has("2025-04-26")).toBe(true);
    expect(dutchPublicHolidays(2025).has("2025-04-27")).toBe(false);
  });

  it("counts Good Friday and Liberation Day as working days, as DOMAIN.md lists neither", () => {
    expect(isWorkingDay("2026-04-03")).toBe(true);
    expect(isWorkingDay("2026-05-05")).toBe(true);
  });

  it("skips weekends and the closing days an admin adds", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false);
    expect(addWorkingDays("2026-12-18", 1)).toBe("2026-12-21");
    expect(addWorkingDays("2026-12-18", 1, new Set(["2026-12-21"]))).toBe(
      "2026-12-22",
    );
    expect(addWorkingDays("2026-12-23", 2)).toBe("2026-12-28");
  });

  it("holds date-holidays' own rules for NL (run scripts/dutch-holidays.ts after an upgrade)", () => {
    expect(JSON.parse(readFileSync(dutchHolidaysFile, "utf8"))).toEqual(
      dutchHolidaysData(),
    );
  });

  it("finds the same public holidays as the whole library, 2000 to 2060", () => {
    const library = new Holidays("NL");
    for (let year = 2000; year <= 2060; year++)
      expect([...dutchPublicHolidays(year)].sort()).toEqual(
        library
          .getHolidays(year)
          .filter((h) => h.type === "public")
          .map((h) => h.date.slice(0, 10))
          .sort(),
      );
  });
});
