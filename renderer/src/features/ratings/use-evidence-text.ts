// A line of a rating suggestion's evidence in the user's language: business dates and amounts as
// the console writes them everywhere ("19 Nov 2026", "€ 9.145,00").
import { useTranslation } from "react-i18next";
import type { EvidenceLine } from "../../../../shared/contract";
import { formatDate, formatEuros } from "../../components/format";

const mapValues = <T, U>(
  record: Record<string, T> | undefined,
  write: (value: T) => U,
): Record<string, U> =>
  Object.fromEntries(
    Object.entries(record ?? {}).map(([name, value]) => [name, write(value)]),
  );

export function useEvidenceText(): (line: EvidenceLine) => string {
  const { t } = useTranslation(["ratings"]);
  return (line) =>
    t(line.key, {
      ...line.values,
      ...mapValues(line.dates, formatDate),
      ...mapValues(line.cents, formatEuros),
    });
}
