// The thread a message goes to: the order's open thread of that kind, made on the first message.
// The Cutr thread belongs to the order's current assignment (DOMAIN.md, What belongs to an
// assignment); the Customer thread to the order.
import type { Kysely } from "kysely";
import type { ThreadKind } from "../../../shared/domain";
import type { Database } from "../db/schema";

export async function openThread(
  trx: Kysely<Database>,
  orderId: number,
  kind: ThreadKind,
): Promise<{ id: number }> {
  const assignment =
    kind === "cutr"
      ? await trx
          .selectFrom("assignments")
          .select("id")
          .where("order_id", "=", orderId)
          .where("cancelled_at", "is", null)
          .executeTakeFirst()
      : undefined;
  // No conflict target: the one unique index is partial (one open thread of each kind), which
  // both engines take as the arbiter without naming it.
  await trx
    .insertInto("message_threads")
    .values({
      order_id: orderId,
      kind,
      assignment_id: assignment?.id ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return trx
    .selectFrom("message_threads")
    .select("id")
    .where("order_id", "=", orderId)
    .where("kind", "=", kind)
    .where("ended_at", "is", null)
    .executeTakeFirstOrThrow();
}
