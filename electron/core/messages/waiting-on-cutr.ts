// Whether a thread waits on Cutr past the reply time: the last message is from the partner or the
// customer and more than the policy's business hours have passed since.
import type { Kysely } from "kysely";
import { exceedsBusinessHours } from "../../../shared/rules/business-hours";
import { isWorkingDay } from "../calendar/working-days";
import type { Database } from "../db/schema";
import { loadClosingDays, loadPolicy } from "../settings/policy";

export type OverdueCheck = (
  lastAuthorKind: string | null,
  lastMessageAt: string | null,
) => boolean;

export async function overdueCheck(
  db: Kysely<Database>,
  now: Date,
): Promise<OverdueCheck> {
  const [policy, closingDays] = await Promise.all([
    loadPolicy(db),
    loadClosingDays(db),
  ]);
  const working = (date: string) => isWorkingDay(date, closingDays);
  return (lastAuthorKind, lastMessageAt) =>
    lastAuthorKind !== null &&
    lastAuthorKind !== "staff" &&
    lastMessageAt !== null &&
    exceedsBusinessHours(
      new Date(lastMessageAt),
      now,
      policy.replyWithinBusinessHours,
      working,
      policy,
    );
}
