// Axis numbers of the partner charts in the user's language, with the decimals the axis chose.
import { formatDatePattern, formatNumber } from "../../components/format";

/** A tick value such as 4, 4.5 or 3.75, written as the user's language writes numbers. */
export const formatTick = (value: number) =>
  formatNumber(value, Math.min(2, (String(value).split(".")[1] ?? "").length));

/** A time axis tick's label: "Aug 2026", "aug. 2026". */
export const formatMonthTick = (time: number) =>
  formatDatePattern(new Date(time), "MMM yyyy");
