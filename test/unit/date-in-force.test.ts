import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../../shared/policy";
import { dateInForce } from "../../shared/rules/date-in-force";

describe("dateInForce", () => {
  it("starts as the requested date", () => {
    expect(dateInForce("2026-10-01", [], defaultPolicy)).toEqual({
      inForce: "2026-10-01",
      steps: [],
    });
  });

  it.each([
    // A first date replaces the requested one like any later one.
    ["2026-09-17", "2026-10-06", "inTime", "2026-10-06"],
    ["2026-09-18", "2026-10-06", "late", "2026-10-01"],
    // An earlier date replaces it, reported however late.
    ["2026-09-30", "2026-09-29", "earlier", "2026-09-29"],
  ] as const)(
    "a date reported on %s moving 2026-10-01 to %s is %s, leaving %s in force",
    (reportedOn, newDate, outcome, inForce) => {
      const result = dateInForce(
        "2026-10-01",
        [{ newDate, reportedOn }],
        defaultPolicy,
      );
      expect(result.inForce).toBe(inForce);
      expect(result.steps[0]?.outcome).toBe(outcome);
    },
  );

  it("judges each date against the date in force, not against the last date reported", () => {
    const { inForce, steps } = dateInForce(
      "2026-10-01",
      [
        { newDate: "2026-10-20", reportedOn: "2026-09-25" }, // late: 10-01 stays
        { newDate: "2026-10-10", reportedOn: "2026-09-26" }, // later than 10-01, 5 days ahead: late
        { newDate: "2026-09-30", reportedOn: "2026-09-27" }, // earlier: replaces
      ],
      defaultPolicy,
    );
    expect(steps.map((s) => [s.outcome, s.inForceBefore])).toEqual([
      ["late", "2026-10-01"],
      ["late", "2026-10-01"],
      ["earlier", "2026-10-01"],
    ]);
    expect(inForce).toBe("2026-09-30");
  });
});
