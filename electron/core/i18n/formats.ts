// How the core writes dates and numbers into emails and packing slips: in their reader's language.
import { format, parseISO, type Locale } from "date-fns";
// One file per locale: the index of date-fns/locale loads all hundred of them, which cost the
// console over a second at every start.
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { intlLocales, type Language } from "../../../shared/i18n/languages";
import { businessTimeZone } from "../../../shared/rules/business-time";

export interface CoreFormats {
  /** A business date (YYYY-MM-DD) as the console shows it: "15 Dec 2026", "15 december 2026". */
  date(date: string): string;
  /** An instant in Amsterdam time, date and time of day ("22 Nov 2026, 10:00"). */
  instant(instant: Date): string;
  /** A rating or score with two decimals, cut rather than rounded ("4.25", "3,99" for 3.996). */
  rating(value: number): string;
}

const datePatterns: Record<Language, { pattern: string; locale: Locale }> = {
  en: { pattern: "d MMM yyyy", locale: enGB },
  nl: { pattern: "d MMMM yyyy", locale: nl },
};

const made = new Map<Language, CoreFormats>();

/** The formats of one language, made once. */
export function formatsFor(language: Language): CoreFormats {
  let found = made.get(language);
  if (!found) {
    const { pattern, locale } = datePatterns[language];
    const instants = new Intl.DateTimeFormat(intlLocales[language], {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: businessTimeZone,
    });
    const ratings = new Intl.NumberFormat(intlLocales[language], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      roundingMode: "trunc",
    });
    found = {
      date: (date) => format(parseISO(date), pattern, { locale }),
      instant: (instant) => instants.format(instant),
      rating: (value) => ratings.format(value),
    };
    made.set(language, found);
  }
  return found;
}

/** A business date in each language, for a refusal said in its reader's language. */
export const dateInEachLanguage = (date: string) => ({
  en: formatsFor("en").date(date),
  nl: formatsFor("nl").date(date),
});
