import { Pagination } from "@mantine/core";

const controlLabels = {
  first: "First page",
  previous: "Previous page",
  next: "Next page",
  last: "Last page",
} as const;

/** Mantine's pagination with a name on every button, for screen readers. */
export function PagePicker({
  total,
  value,
  onChange,
}: {
  total: number;
  value: number;
  onChange: (page: number) => void;
}) {
  return (
    <Pagination
      size="sm"
      total={total}
      value={value}
      onChange={onChange}
      getItemProps={(page) => ({ "aria-label": `Page ${page}` })}
      getControlProps={(control) => ({ "aria-label": controlLabels[control] })}
    />
  );
}
