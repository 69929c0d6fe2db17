// How the console writes money, dates and numbers for people, in either language: on its screens,
// and in the spreadsheets it exports (which show what the screens show). Business dates are
// YYYY-MM-DD; instants are shown in Amsterdam time.
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { intlLocales, type Language } from "./i18n/languages";
import { amsterdamWallClock } from "./rules/business-time";

const dateLocales: Record<Language, Locale> = { en: enGB, nl };

export interface DisplayFormats {
  euros(cents: number): string;
  /** A business date: "3 Dec 2026", "3 dec 2026". */
  date(date: string): string;
  /** An instant in Amsterdam: "3 Dec 2026, 14:05". */
  instant(instant: string): string;
  /** A rating or score with two decimals, cut rather than rounded: "4.25", "3,99" for 3.996. */
  rating(value: number): string;
  count(n: number): string;
  dateLocale: Locale;
}

const made = new Map<Language, DisplayFormats>();

export function displayFormats(language: Language): DisplayFormats {
  let found = made.get(language);
  if (!found) {
    const locale = intlLocales[language];
    const euros = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "EUR",
    });
    const counts = new Intl.NumberFormat(locale);
    // Cut, never rounded up: a 3.996 shown as "4.00" would sit on a tier threshold it has not
    // reached, beside a partner of another tier shown with the same figure.
    const rating = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      roundingMode: "trunc",
    });
    const dateLocale = dateLocales[language];
    // "d MMM yyyy" by hand from the locale's own month names: an export writes hundreds of
    // thousands of dates, and date-fns's format (with a time zone) took seconds for them.
    const months = Array.from({ length: 12 }, (_, m) =>
      dateLocale.localize.month(m as never, { width: "abbreviated" }),
    );
    const twoDigits = (n: number) => String(n).padStart(2, "0");
    found = {
      euros: (cents) => euros.format(cents / 100),
      date: (date) => {
        const [year, month, day] = date.split("-");
        return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
      },
      instant: (instant) => {
        const local = amsterdamWallClock(instant);
        return `${local.getUTCDate()} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`;
      },
      rating: (value) => rating.format(value),
      count: (n) => counts.format(n),
      dateLocale,
    };
    made.set(language, found);
  }
  return found;
}
