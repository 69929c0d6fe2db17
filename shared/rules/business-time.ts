// Business dates are in Europe/Amsterdam (DOMAIN.md): the date of an instant there, and the
// instant of a time of day there.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const businessTimeZone = "Europe/Amsterdam";

/** The business date (YYYY-MM-DD) on which an instant falls in Amsterdam. */
export function businessDateOf(instant: Date | string): string {
  return format(
    new TZDate(new Date(instant).getTime(), businessTimeZone),
    "yyyy-MM-dd",
  );
}

/** The UTC instant of a wall-clock time in Amsterdam on a business date. */
export function instantAt(date: string, hour: number, minute = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  return new Date(
    new TZDate(
      year,
      month - 1,
      day,
      hour,
      minute,
      0,
      businessTimeZone,
    ).getTime(),
  );
}

/** Whole days from one business date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
      86_400_000,
  );
}
