import { SegmentedControl } from "@mantine/core";

/** A chart, or the same figures as a table (for screen readers and for reading exact values). */
export type ChartView = "chart" | "table";

export function ChartViewSwitch({
  value,
  onChange,
  chartLabel,
  tableLabel,
  label,
}: {
  value: ChartView;
  onChange: (view: ChartView) => void;
  chartLabel: string;
  tableLabel: string;
  /** What the switch chooses, for assistive technology. */
  label: string;
}) {
  return (
    <SegmentedControl
      size="xs"
      value={value}
      onChange={(v) => onChange(v as ChartView)}
      data={[
        { value: "chart", label: chartLabel },
        { value: "table", label: tableLabel },
      ]}
      aria-label={label}
    />
  );
}
