// Cutr answers within a number of business hours (DOMAIN.md, Messages): 09:00–17:00 (policy)
// Amsterdam time on working days.
import { addDays, format, parseISO } from "date-fns";
import type { Policy } from "../policy";
import { businessDateOf, instantAt } from "./business-time";

const HOUR = 3_600_000;

/**
 * Whether more than `limit` business hours lie between two instants. Stops counting as soon as
 * the limit is passed, so an old thread costs no more than a new one.
 */
export function exceedsBusinessHours(
  from: Date,
  to: Date,
  limit: number,
  isWorkingDay: (date: string) => boolean,
  day: Pick<Policy, "businessDayStartHour" | "businessDayEndHour">,
): boolean {
  let total = 0;
  let date = businessDateOf(from);
  const last = businessDateOf(to);
  while (date <= last) {
    if (isWorkingDay(date)) {
      const start = Math.max(
        instantAt(date, day.businessDayStartHour).getTime(),
        from.getTime(),
      );
      const end = Math.min(
        instantAt(date, day.businessDayEndHour).getTime(),
        to.getTime(),
      );
      if (end > start) total += (end - start) / HOUR;
      if (total > limit) return true;
    }
    date = format(addDays(parseISO(date), 1), "yyyy-MM-dd");
  }
  return false;
}
