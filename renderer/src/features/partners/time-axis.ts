// A time axis for the partner charts: points placed by their date, so five months take the width
// of five, with ticks on the first of a month (named in the user's language by chart-ticks.ts).
import { eachMonthOfInterval } from "date-fns";

/** At most this many ticks: more would crowd the axis's labels. */
const maxTicks = 7;

/** The first day of every month (or every second, third…) from the first time to the last, in ms. */
export function monthTicks(times: number[]): number[] {
  if (times.length === 0) return [];
  const start = Math.min(...times);
  // The months begun within the span: the month of the first point began before it.
  const months = eachMonthOfInterval({ start, end: Math.max(...times) })
    .map((d) => d.getTime())
    .filter((time) => time >= start);
  const step = Math.ceil(months.length / maxTicks);
  return months.filter((_, i) => i % step === 0);
}

/** The time of a "YYYY-MM" month: its first day, local time (as the ticks). */
export const monthTime = (month: string) =>
  new Date(
    Number(month.slice(0, 4)),
    Number(month.slice(5, 7)) - 1,
    1,
  ).getTime();
