// The suggested communication stars: how quickly the partner answered Cutr in the order's threads,
// since the current assignment began.
// Each time Cutr writes after the partner's last message (or first), Cutr waits on an answer; the
// partner's next message answers it, late when more than the policy's business hours (09:00-17:00
// on working days, as for Cutr's own replies) passed. Waits still open are listed, not counted.
import type { Kysely } from "kysely";
import type { FactorSuggestion } from "../../../shared/contract";
import type { ThreadKind } from "../../../shared/domain";
import type { Policy } from "../../../shared/policy";
import { exceedsBusinessHours } from "../../../shared/rules/business-hours";
import { communicationStars } from "../../../shared/rules/suggested-stars";
import { isWorkingDay } from "../calendar/working-days";
import type { Database } from "../db/schema";
import { loadClosingDays } from "../settings/policy";

export async function communication(
  db: Kysely<Database>,
  orderId: number,
  policy: Policy,
): Promise<FactorSuggestion> {
  const [messages, closingDays] = await Promise.all([
    db
      .selectFrom("messages as m")
      .innerJoin("message_threads as t", "t.id", "m.thread_id")
      .select(["t.kind", "m.author_kind", "m.created_at"])
      .where("t.order_id", "=", orderId)
      // The current partner's conversation only: not a cancelled assignment's Cutr thread, nor
      // what was said in the Customer thread before the current assignment began.
      .where("t.ended_at", "is", null)
      .where("m.created_at", ">=", (eb) =>
        eb
          .selectFrom("assignments")
          .select((inner) =>
            inner.fn.max("assignments.assigned_at").as("since"),
          )
          .where("assignments.order_id", "=", orderId)
          .where("assignments.cancelled_at", "is", null),
      )
      .orderBy("m.id")
      .execute(),
    loadClosingDays(db),
  ]);
  const working = (date: string) => isWorkingDay(date, closingDays);
  const waitingSince = new Map<ThreadKind, Date>();
  let answered = 0;
  let late = 0;
  for (const message of messages) {
    const since = waitingSince.get(message.kind);
    if (message.author_kind === "staff" && !since)
      waitingSince.set(message.kind, new Date(message.created_at));
    else if (message.author_kind === "partner" && since) {
      answered++;
      if (
        exceedsBusinessHours(
          since,
          new Date(message.created_at),
          policy.replyWithinBusinessHours,
          working,
          policy,
        )
      )
        late++;
      waitingSince.delete(message.kind);
    }
  }
  const stillWaiting = [...waitingSince.keys()].map((thread) => ({
    key: "ratings:evidence.unanswered" as const,
    values: { thread },
  }));
  if (answered === 0)
    return {
      stars: null,
      evidence: [{ key: "ratings:evidence.noQuestions" }, ...stillWaiting],
    };
  return {
    stars: communicationStars(answered, late, policy),
    evidence: [
      {
        key: "ratings:evidence.answers",
        values: {
          answered,
          late,
          hours: policy.replyWithinBusinessHours,
          percent: Math.round((late / answered) * 100),
        },
      },
      ...stillWaiting,
    ],
  };
}
