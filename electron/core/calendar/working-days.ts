// Dutch working days: Monday to Friday except the public holidays of DOMAIN.md (New Year's Day,
// Easter Monday, King's Day, Ascension Day, Whit Monday, Christmas Day, Boxing Day; these are
// exactly date-holidays' "public" days for NL on weekdays) and the closing days admins add.
// date-holidays' rules for NL only (dutch-holidays.json, written by scripts/dutch-holidays.ts from
// the library's data): its other countries would add a tenth of a second to every start.
import Holidays from "date-holidays-parser";
import { addDays, format, isWeekend, parseISO } from "date-fns";
import dutchHolidays from "./dutch-holidays.json";

const netherlands = new Holidays(dutchHolidays, "NL");
const holidaysByYear = new Map<number, Set<string>>();

export function dutchPublicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      netherlands
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(
  date: string,
  closingDays: ReadonlySet<string> = new Set(),
): boolean {
  const day = parseISO(date);
  return (
    !isWeekend(day) &&
    !dutchPublicHolidays(day.getFullYear()).has(date) &&
    !closingDays.has(date)
  );
}

/** The business date `days` working days after `date` (the start date itself does not count). */
export function addWorkingDays(
  date: string,
  days: number,
  closingDays: ReadonlySet<string> = new Set(),
): string {
  let current = parseISO(date);
  let counted = 0;
  while (counted < days) {
    current = addDays(current, 1);
    if (isWorkingDay(format(current, "yyyy-MM-dd"), closingDays)) counted++;
  }
  return format(current, "yyyy-MM-dd");
}
