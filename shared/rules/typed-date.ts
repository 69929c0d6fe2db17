// Business dates (YYYY-MM-DD) as people type and read them, in either language: in a date field
// of the console, and in the cells of an imported spreadsheet.
// dayjs because Mantine's date fields speak it: what the field shows is read back by the same code.
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";
import "dayjs/locale/en-gb";
import "dayjs/locale/nl";
import type { Language } from "../i18n/languages";

dayjs.extend(customParseFormat);

/** dayjs's name of each language's locale (British English: day first, weeks from Monday). */
export const dateFieldLocales: Record<Language, string> = {
  en: "en-gb",
  nl: "nl",
};

/** How a date field shows its date: "3 Dec 2026", "3 dec 2026"; never 03/12, which reads both ways. */
export const dateFieldFormat = "D MMM YYYY";

/**
 * What may be typed: the shown form, the month written out, ISO's year first, or numbers day first
 * with any of four separators, with or without leading zeros (strict parsing matches them exactly).
 */
const typedFormats = [
  dateFieldFormat,
  "D MMMM YYYY",
  "YYYY-MM-DD",
  ...["-", "/", ".", " "].flatMap((separator) =>
    ["D", "DD"].flatMap((day) =>
      ["M", "MM"].map((month) => [day, month, "YYYY"].join(separator)),
    ),
  ),
];

/**
 * Month names in the case and form of the locale's own, which dayjs matches exactly: "dec", "DEC"
 * and "Dec" all as "Dec" in English, as "dec" in Dutch (whose months are lower case); "dec." as
 * "dec" (Dutch short months are written with or without their dot); "sept" as "sep".
 */
function monthsAsTheLocaleWritesThem(text: string, language: Language): string {
  return text.replace(/\p{L}+\.?/gu, (found) => {
    const word = found
      .replace(/\.$/, "")
      .toLowerCase()
      .replace(/^sept$/, "sep");
    return language === "en"
      ? word.charAt(0).toUpperCase() + word.slice(1)
      : word;
  });
}

/** The business date typed, or null while it is not (yet) a whole, real date. */
export function parseTypedDate(
  text: string,
  language: Language,
): string | null {
  const typed = monthsAsTheLocaleWritesThem(
    text.trim().replace(/\s+/g, " "),
    language,
  );
  if (!typed) return null;
  const locale = dateFieldLocales[language];
  for (const format of typedFormats) {
    const date = dayjs(typed, format, locale, true);
    if (date.isValid()) return date.format("YYYY-MM-DD");
  }
  return null;
}
