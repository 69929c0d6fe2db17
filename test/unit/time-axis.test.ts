import { describe, expect, it } from "vitest";
import {
  monthTicks,
  monthTime,
} from "../../renderer/src/features/partners/time-axis";

describe("the partner charts' time axis", () => {
  it("puts ticks on the first of the months the points span, however unevenly they fall", () => {
    // Three points in the first month, one five months later.
    const times = ["2026-01-03", "2026-01-10", "2026-01-24", "2026-06-15"].map(
      (d) => new Date(`${d}T12:00:00`).getTime(),
    );
    const ticks = monthTicks(times).map((t) => new Date(t));
    expect(ticks.map((d) => [d.getMonth() + 1, d.getDate()])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
    ]);
  });

  it("keeps at most seven ticks, evenly spaced, over two years", () => {
    const ticks = monthTicks([monthTime("2024-12"), monthTime("2026-11")]);
    expect(ticks.length).toBeLessThanOrEqual(7);
    const gaps = ticks.slice(1).map((t, i) => {
      const a = new Date(ticks[i] ?? 0);
      const b = new Date(t);
      return (
        (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth()
      );
    });
    expect(new Set(gaps).size).toBe(1);
  });

  it("places a month at its first day", () => {
    const d = new Date(monthTime("2026-08"));
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([
      2026, 8, 1,
    ]);
  });
});
