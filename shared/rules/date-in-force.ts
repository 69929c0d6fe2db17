// The delivery date in force (DOMAIN.md, Order lifecycle): it starts as the customer's requested
// date. Every delivery date the partner records, the first one included, replaces it when it is
// earlier, or when it is later and was recorded at least `inTimeNoticeDays` (policy) before the date
// in force it replaces: a delay reported in time. A later date recorded less far ahead is reported
// late: it becomes the planned date, but the date in force stays for the rating.
import type { Policy } from "../policy";
import { daysBetween } from "./business-time";

export type DeliveryDateOutcome = "earlier" | "inTime" | "late";

export interface DeliveryDateReport {
  /** The business date recorded. */
  newDate: string;
  /** The business date it was recorded on. */
  reportedOn: string;
}

/** What one recorded delivery date does to the date in force. */
export function deliveryDateOutcome(
  inForce: string,
  report: DeliveryDateReport,
  policy: Pick<Policy, "inTimeNoticeDays">,
): DeliveryDateOutcome {
  if (report.newDate <= inForce) return "earlier";
  return daysBetween(report.reportedOn, inForce) >= policy.inTimeNoticeDays
    ? "inTime"
    : "late";
}

/** The date in force after the reports, oldest first, and what each one did. */
export function dateInForce(
  requested: string,
  reports: readonly DeliveryDateReport[],
  policy: Pick<Policy, "inTimeNoticeDays">,
): {
  inForce: string;
  steps: (DeliveryDateReport & {
    outcome: DeliveryDateOutcome;
    inForceBefore: string;
  })[];
} {
  let inForce = requested;
  const steps = reports.map((report) => {
    const outcome = deliveryDateOutcome(inForce, report, policy);
    const step = { ...report, outcome, inForceBefore: inForce };
    if (outcome !== "late") inForce = report.newDate;
    return step;
  });
  return { inForce, steps };
}
