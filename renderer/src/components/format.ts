// How the console writes money, dates and counts, in the user's language. Business dates are
// YYYY-MM-DD in Europe/Amsterdam.
import { format, formatDistanceStrict, parseISO, type Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { intlLocales, type Language } from "../../../shared/i18n/languages";
import { currentLanguage } from "../i18n/i18n";

const dateLocales: Record<Language, Locale> = { en: enGB, nl };

interface Formats {
  euros: Intl.NumberFormat;
  counts: Intl.NumberFormat;
  rating: Intl.NumberFormat;
  dateLocale: Locale;
}

const cache = new Map<Language, Formats>();

/** The formats of the language the console speaks now, made once per language. */
function formats(): Formats {
  const language = currentLanguage();
  let found = cache.get(language);
  if (!found) {
    const locale = intlLocales[language];
    found = {
      euros: new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "EUR",
      }),
      counts: new Intl.NumberFormat(locale),
      rating: new Intl.NumberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
      dateLocale: dateLocales[language],
    };
    cache.set(language, found);
  }
  return found;
}

export const formatEuros = (cents: number | null) =>
  cents === null ? "—" : formats().euros.format(cents / 100);
export const formatDate = (date: string | null) =>
  date
    ? format(parseISO(date), "d MMM yyyy", { locale: formats().dateLocale })
    : "—";
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
  rating === null ? "—" : formats().rating.format(rating);
export const formatCount = (n: number) => formats().counts.format(n);
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
