// A line of a rating suggestion's evidence in the user's language. Business dates keep the form
// the core gives them in each language (English YYYY-MM-DD, as ever; Dutch "6 oktober 2026"),
// amounts are euros of the user's language.
import { parseISO } from "date-fns";
import { useTranslation } from "react-i18next";
import type { EvidenceLine } from "../../../../shared/contract";
import type { Language } from "../../../../shared/i18n/languages";
import { formatDatePattern, formatEuros } from "../../components/format";
import { currentLanguage } from "../../i18n/i18n";

const datePatterns: Record<Language, string> = {
  en: "yyyy-MM-dd",
  nl: "d MMMM yyyy",
};

const mapValues = <T, U>(
  record: Record<string, T> | undefined,
  write: (value: T) => U,
): Record<string, U> =>
  Object.fromEntries(
    Object.entries(record ?? {}).map(([name, value]) => [name, write(value)]),
  );

export function useEvidenceText(): (line: EvidenceLine) => string {
  const { t } = useTranslation(["ratings"]);
  return (line) => {
    const pattern = datePatterns[currentLanguage()];
    return t(line.key, {
      ...line.values,
      ...mapValues(line.dates, (date) =>
        formatDatePattern(parseISO(date), pattern),
      ),
      ...mapValues(line.cents, formatEuros),
    });
  };
}
