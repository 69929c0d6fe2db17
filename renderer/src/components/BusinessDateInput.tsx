// A date field for business dates. A native date input shows its date in the browser's order (a
// Dutch console in an American browser shows 12/03/2026 for 3 December), so this one shows
// "3 Dec 2026" in the console's language, reads a date typed day first, opens a calendar whose
// weeks start on Monday, and is emptied by deleting its text, as a native one is. Text that is no
// date stays as typed, with a message, instead of silently going back to the last date.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../../shared/i18n/languages";
import {
  dateFieldFormat,
  dateFieldLocales,
  parseTypedDate,
} from "./business-date";

type Props = Omit<
  DateInputProps,
  "value" | "onChange" | "dateParser" | "valueFormat" | "locale" | "fixOnBlur"
> & {
  /** YYYY-MM-DD, or "" for none. */
  value: string;
  onChange: (value: string) => void;
};

export function BusinessDateInput({
  value,
  onChange,
  onBlur,
  onInput,
  error,
  ...props
}: Props) {
  const { t, i18n } = useTranslation("common");
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  // The text as typed since the date last changed; null when the field shows the date.
  const [typed, setTyped] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    setTyped(null);
    setUnreadable(false);
  }, [value]);
  const readable =
    typed === null ||
    typed.trim() === "" ||
    parseTypedDate(typed, language) !== null;
  return (
    <DateInput
      placeholder={t("dateField.placeholder")}
      {...props}
      value={value || null}
      onChange={(date) => onChange(date ?? "")}
      onInput={(event) => {
        setTyped(event.currentTarget.value);
        setUnreadable(false);
        onInput?.(event);
      }}
      onBlur={(event) => {
        setUnreadable(!readable);
        onBlur?.(event);
      }}
      // Shown again as "3 Dec 2026" on leaving the field, unless the text is no date.
      fixOnBlur={readable}
      error={unreadable ? t("dateField.unreadable") : error}
      dateParser={(text) => parseTypedDate(text, language)}
      valueFormat={dateFieldFormat}
      locale={dateFieldLocales[language]}
      firstDayOfWeek={1}
      allowDeselect
    />
  );
}
