// How the console writes money, dates and counts, in the user's language. Business dates are
// YYYY-MM-DD in Europe/Amsterdam.
import { format, formatDistanceStrict, parseISO } from "date-fns";
import { displayFormats } from "../../../shared/display-formats";
import { intlLocales } from "../../../shared/i18n/languages";
import { currentLanguage } from "../i18n/i18n";

const formats = () => displayFormats(currentLanguage());

export const formatEuros = (cents: number | null) =>
  cents === null ? "—" : formats().euros(cents);
export const formatDate = (date: string | null) =>
  date ? formats().date(date) : "—";
export const formatInstant = (instant: string | null) =>
  instant
    ? format(parseISO(instant), "d MMM yyyy, HH:mm", {
        locale: formats().dateLocale,
      })
    : "—";
/** A date in a pattern of date-fns (e.g. "EEEE d MMMM"), in the user's language. */
export const formatDatePattern = (date: Date, pattern: string) =>
  format(date, pattern, { locale: formats().dateLocale });
export const formatRating = (rating: number | null) =>
  rating === null ? "—" : formats().rating(rating);
export const formatCount = (n: number) => formats().count(n);
/** A number with a fixed count of decimals, in the user's language (2.50 or 2,50). */
export const formatNumber = (value: number, fractionDigits: number) =>
  new Intl.NumberFormat(intlLocales[currentLanguage()], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
/** A file size in megabytes, e.g. "2.4 MB". */
export const formatMegabytes = (bytes: number) =>
  `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
/** How long from `earlier` to `later`, in words of the user's language ("3 days", "3 dagen"). */
export const formatDuration = (earlier: Date, later: Date) =>
  formatDistanceStrict(earlier, later, { locale: formats().dateLocale });
/** The decimal separator of the user's language ("." or ","), for number inputs. */
export const decimalSeparator = () => formatNumber(1.5, 1).charAt(1);
