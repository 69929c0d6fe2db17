// Axis numbers of the partner charts in the user's language, with the decimals the axis chose.
import { formatNumber } from "../../components/format";

/** A tick value such as 4, 4.5 or 3.75, written as the user's language writes numbers. */
export const formatTick = (value: number) =>
  formatNumber(value, Math.min(2, (String(value).split(".")[1] ?? "").length));
