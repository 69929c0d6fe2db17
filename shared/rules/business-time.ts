// Business dates are in Europe/Amsterdam (DOMAIN.md): the date of an instant there, and the
// instant of a time of day there.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const businessTimeZone = "Europe/Amsterdam";

const hourMs = 3_600_000;
/** Business dates by UTC hour: Amsterdam is a whole number of hours off UTC, so its date changes on the hour. */
const datesByHour = new Map<number, string>();

/** The business date (YYYY-MM-DD) on which an instant falls in Amsterdam. */
export function businessDateOf(instant: Date | string): string {
  const ms = new Date(instant).getTime();
  const hour = Math.floor(ms / hourMs);
  let date = datesByHour.get(hour);
  if (date === undefined) {
    // (An invalid instant throws here, as format does, and is never kept.)
    date = format(new TZDate(hour * hourMs, businessTimeZone), "yyyy-MM-dd");
    // Bounded: about six years of hours, then started afresh.
    if (datesByHour.size >= 50_000) datesByHour.clear();
    datesByHour.set(hour, date);
  }
  return date;
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
