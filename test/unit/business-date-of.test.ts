// businessDateOf keeps one answer per UTC hour: it must answer what the time zone rules say for
// every instant, across daylight saving changes and around midnight in Amsterdam.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { businessDateOf } from "../../shared/rules/business-time";

const inAmsterdam = (ms: number) =>
  format(new TZDate(ms, "Europe/Amsterdam"), "yyyy-MM-dd");

describe("businessDateOf", () => {
  it("answers Amsterdam's date for every instant over two years, asked twice", () => {
    const start = Date.UTC(2025, 11, 31);
    for (let round = 0; round < 2; round++)
      for (
        let ms = start;
        ms < start + 2 * 366 * 86_400_000;
        ms += 37 * 60_000 + 13_000
      )
        expect(businessDateOf(new Date(ms))).toBe(inAmsterdam(ms));
  });

  it("turns the day at Amsterdam's midnight, summer and winter, and on the days the clocks change", () => {
    expect(businessDateOf("2026-07-01T21:59:59.999Z")).toBe("2026-07-01");
    expect(businessDateOf("2026-07-01T22:00:00.000Z")).toBe("2026-07-02");
    expect(businessDateOf("2026-12-07T22:59:59.999Z")).toBe("2026-12-07");
    expect(businessDateOf("2026-12-07T23:00:00.000Z")).toBe("2026-12-08");
    expect(businessDateOf("2026-03-28T22:59:59.999Z")).toBe("2026-03-28");
    expect(businessDateOf("2026-03-28T23:00:00.000Z")).toBe("2026-03-29");
    expect(businessDateOf("2026-10-24T21:59:59.999Z")).toBe("2026-10-24");
    expect(businessDateOf("2026-10-24T22:00:00.000Z")).toBe("2026-10-25");
  });

  it("refuses an instant that is not one", () => {
    expect(() => businessDateOf("not a date")).toThrow(RangeError);
    expect(() => businessDateOf("not a date")).toThrow(RangeError);
  });
});
