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

/** Amsterdam's offset from UTC in each hour (it changes only on the hour), worked out once an hour. */
const offsetsByHour = new Map<number, number>();

/** How far Amsterdam's clocks are ahead of UTC at an instant, in milliseconds. */
export function amsterdamOffsetMs(utcMs: number): number {
  const hour = Math.floor(utcMs / 3_600_000);
  let offset = offsetsByHour.get(hour);
  if (offset === undefined) {
    const local = new TZDate(hour * 3_600_000, businessTimeZone);
    offset =
      Date.UTC(
        local.getFullYear(),
        local.getMonth(),
        local.getDate(),
        local.getHours(),
      ) -
      hour * 3_600_000;
    if (offsetsByHour.size > 100_000) offsetsByHour.clear();
    offsetsByHour.set(hour, offset);
  }
  return offset;
}

/** The wall-clock time in Amsterdam at an instant, as a Date whose UTC fields hold it. */
export const amsterdamWallClock = (instant: Date | string): Date => {
  const utc = new Date(instant).getTime();
  return new Date(utc + amsterdamOffsetMs(utc));
};
