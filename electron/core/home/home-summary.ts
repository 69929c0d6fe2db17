// home.summary: the counts of the home screen, each from the index that serves it.
import type { Kysely } from "kysely";
import type { HomeSummary } from "../../../shared/contract";
import { businessDateOf } from "../../../shared/rules/business-time";
import type { Database } from "../db/schema";
import { ofCurrentAssignment } from "../files/current-assignment-files";
import { messageCounts } from "../messages/inbox";
import { loadPolicy } from "../settings/policy";

const count = (n: { n: number | string | bigint } | undefined) =>
  Number(n?.n ?? 0);

export async function homeSummary(
  db: Kysely<Database>,
  userId: number,
  now: Date,
): Promise<HomeSummary> {
  const policy = await loadPolicy(db);
  const near = (boundary: number) => [boundary - 0.1, boundary + 0.1] as const;
  const [open, keyAccounts, overdue, review, toRate, nearBoundary, messages] =
    await Promise.all([
      db
        .selectFrom("orders")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "open")
        .executeTakeFirst(),
      db
        .selectFrom("orders")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "open")
        .where("key_account", "=", 1)
        .executeTakeFirst(),
      db
        .selectFrom("todos as t")
        .innerJoin("orders as o", "o.id", "t.order_id")
        // The current partner's to-dos, as the Dispatch screen lists them.
        .innerJoin("assignments as a", "a.id", "t.assignment_id")
        .where("a.cancelled_at", "is", null)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("t.done_at", "is", null)
        .where("t.due_date", "<", businessDateOf(now))
        .where("o.status", "in", ["assigned", "ready"])
        .executeTakeFirst(),
      db
        .selectFrom("files")
        .select((eb) => [
          eb.fn.countAll<number>().as("n"),
          eb.fn.min("uploaded_at").as("oldest"),
        ])
        .where("review_state", "=", "pending")
        .where(ofCurrentAssignment)
        .executeTakeFirst(),
      db
        .selectFrom("orders")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "approved")
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("ratings")
                .select("ratings.id")
                .whereRef("ratings.order_id", "=", "orders.id"),
            ),
          ),
        )
        .executeTakeFirst(),
      db
        .selectFrom("partners")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("active", "=", 1)
        .where((eb) =>
          eb.or([
            eb.between("rating", ...near(policy.compliantFrom)),
            eb.between("rating", ...near(policy.highlyRatedFrom)),
          ]),
        )
        .executeTakeFirst(),
      messageCounts(db, userId),
    ]);
  return {
    openOrders: count(open),
    keyAccountsWaiting: count(keyAccounts),
    overdueTodos: count(overdue),
    reviewQueue: count(review),
    oldestWaitingSince: review?.oldest ?? null,
    ordersToRate: count(toRate),
    partnersNearBoundary: count(nearBoundary),
    unreadThreads: messages.unread,
    unansweredThreads: messages.unanswered,
  };
}
