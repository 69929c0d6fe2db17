// How the console writes money, dates and ratings. Business dates are YYYY-MM-DD in Europe/Amsterdam.
import { format, parseISO } from "date-fns";

const euros = new Intl.NumberFormat("en-IE", {
  style: "currency",
  currency: "EUR",
});

export const formatEuros = (cents: number | null) =>
  cents === null ? "—" : euros.format(cents / 100);
export const formatDate = (date: string | null) =>
  date ? format(parseISO(date), "d MMM yyyy") : "—";
export const formatInstant = (instant: string | null) =>
  instant ? format(parseISO(instant), "d MMM yyyy, HH:mm") : "—";
export const formatRating = (rating: number | null) =>
  rating === null ? "—" : rating.toFixed(2);

const counts = new Intl.NumberFormat("en-GB");
export const formatCount = (n: number) => counts.format(n);
