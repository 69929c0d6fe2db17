import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../../shared/policy";
import { exceedsBusinessHours } from "../../shared/rules/business-hours";

const weekdays = (date: string) => ![0, 6].includes(new Date(date).getUTCDay());

describe("exceedsBusinessHours", () => {
  // Monday 7 December 2026, 09:00 Amsterdam (08:00 UTC) to Tuesday 13:00: 8 + 4 = 12 hours.
  const from = new Date("2026-12-07T08:00:00Z");
  const tuesday = (hourUtc: number) =>
    new Date(`2026-12-08T${String(hourUtc).padStart(2, "0")}:00:00Z`);

  it("counts 09:00-17:00 on working days by default", () => {
    expect(
      exceedsBusinessHours(from, tuesday(12), 12, weekdays, defaultPolicy),
    ).toBe(false);
    expect(
      exceedsBusinessHours(from, tuesday(13), 12, weekdays, defaultPolicy),
    ).toBe(true);
  });

  it("counts the business hours the policy sets", () => {
    // 08:00-18:00: Monday from 09:00 is 9 hours, Tuesday from 08:00 to 11:00 is 3 more.
    const longer = { businessDayStartHour: 8, businessDayEndHour: 18 };
    expect(exceedsBusinessHours(from, tuesday(10), 12, weekdays, longer)).toBe(
      false,
    );
    expect(exceedsBusinessHours(from, tuesday(11), 12, weekdays, longer)).toBe(
      true,
    );
  });

  it("skips days that are not working days", () => {
    const friday = new Date("2026-12-11T15:00:00Z"); // 16:00: one hour left that day
    const monday = new Date("2026-12-14T15:00:00Z"); // 16:00: seven hours
    expect(
      exceedsBusinessHours(friday, monday, 8, weekdays, defaultPolicy),
    ).toBe(false);
    expect(
      exceedsBusinessHours(friday, monday, 7, weekdays, defaultPolicy),
    ).toBe(true);
  });
});
