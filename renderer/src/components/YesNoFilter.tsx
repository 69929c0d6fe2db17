import { Select } from "@mantine/core";

/** A filter that is on ("yes"), off ("no") or not set, as it is kept in the address. */
export type YesNo = "yes" | "no";

/** The filter's value from its address parameter: true, false or not set. */
export const yesNoParam = (value: string | null): boolean | undefined =>
  value === "yes" ? true : value === "no" ? false : undefined;

/** A clearable choice between two answers of a yes/no filter; clearing it means "either". */
export function YesNoFilter({
  label,
  placeholder,
  options,
  value,
  onChange,
  width,
}: {
  label: string;
  /** What an unset filter shows, e.g. "All customers". */
  placeholder: string;
  /** The two answers, in the order the list shows them. */
  options: { value: YesNo; label: string }[];
  value: boolean | undefined;
  onChange: (value: YesNo | null) => void;
  width: number;
}) {
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      data={options}
      value={value === undefined ? null : value ? "yes" : "no"}
      onChange={(v) => onChange(v as YesNo | null)}
      clearable
      w={width}
    />
  );
}
