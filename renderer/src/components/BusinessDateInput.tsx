// A date field for business dates. A native date input shows its date in the browser's order (a
// Dutch console in an American browser shows 12/03/2026 for 3 December), so this one shows
// "3 Dec 2026" in the console's language and reads a date typed day first. Like a native one, it
// holds "" while its text is empty or no date, so a form never saves a date other than the one
// shown; unlike one, it keeps such text as typed, says what is wrong, and tells the form.
import { DateInput, type DateInputProps } from "@mantine/dates";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../../../shared/i18n/languages";
import {
  dateFieldFormat,
  dateFieldLocales,
  parseTypedDate,
} from "../../../shared/rules/typed-date";

type Props = Omit<
  DateInputProps,
  | "value"
  | "onChange"
  | "dateParser"
  | "valueFormat"
  | "locale"
  | "fixOnBlur"
  | "allowDeselect"
> & {
  /** YYYY-MM-DD, or "" while the field is empty or its text is no date. */
  value: string;
  onChange: (value: string) => void;
  /** Whether the field holds text that is no date (a form does not save then). */
  onUnreadableChange?: (unreadable: boolean) => void;
};

/** Text typed into the field, and the value it gave, in the language it was read in. */
interface Typed {
  text: string;
  value: string;
  language: Language;
}

export function BusinessDateInput({
  value,
  onChange,
  onUnreadableChange,
  onBlur,
  onInput,
  onClick,
  onKeyDown,
  error,
  popoverProps,
  ...props
}: Props) {
  const { t, i18n } = useTranslation("common");
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  const [typed, setTyped] = useState<Typed | null>(null);
  const [left, setLeft] = useState(false);
  const [calendarOpen, setCalendarOpen] = useState(false);
  // What was typed counts while the field still holds its value: a date from elsewhere (a reload,
  // "show theirs") or another language shows that date instead, as the field does.
  const current =
    typed && typed.value === value && typed.language === language
      ? typed
      : null;
  const unreadable =
    current !== null && current.text.trim() !== "" && !current.value;
  useEffect(
    () => onUnreadableChange?.(unreadable),
    [unreadable, onUnreadableChange],
  );

  return (
    <DateInput
      placeholder={t("dateField.placeholder")}
      {...props}
      value={value || null}
      // A date picked in the calendar, or typed whole.
      onChange={(date) => {
        onChange(date ?? "");
        setCalendarOpen(false);
      }}
      onInput={(event) => {
        const text = event.currentTarget.value;
        const date = parseTypedDate(text, language) ?? "";
        setTyped({ text, value: date, language });
        setLeft(false);
        if (!date) onChange("");
        onInput?.(event);
      }}
      onBlur={(event) => {
        setLeft(true);
        setCalendarOpen(false);
        onBlur?.(event);
      }}
      // The calendar opens when asked (a click, or the down arrow), not on every visit by Tab:
      // open, it would cover the fields below.
      onClick={(event) => {
        setCalendarOpen(true);
        onClick?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") setCalendarOpen(true);
        if (event.key === "Escape") setCalendarOpen(false);
        onKeyDown?.(event);
      }}
      popoverProps={{
        ...popoverProps,
        opened: calendarOpen,
        onClose: () => setCalendarOpen(false),
      }}
      // Shown again as "3 Dec 2026" on leaving the field, unless the text is no date.
      fixOnBlur={!unreadable}
      error={left && unreadable ? t("dateField.unreadable") : error}
      errorProps={{ role: "alert" }}
      dateParser={(text) => parseTypedDate(text, language)}
      valueFormat={dateFieldFormat}
      locale={dateFieldLocales[language]}
      firstDayOfWeek={1}
      allowDeselect={false}
    />
  );
}
