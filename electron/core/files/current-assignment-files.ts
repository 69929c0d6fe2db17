// Files belong to the assignment they were sent in (DOMAIN.md, What belongs to an assignment): a
// file sent before one of its order's assignments ended was that assignment's (or an earlier
// one's), and counts neither toward Ready, nor toward the current partner's quality, nor in the
// review queue. It stays on the order for staff, marked as such. A file sent while the order had
// no partner goes with the next assignment, as recorded dates do.
import type { ExpressionBuilder } from "kysely";
import type { Database } from "../db/schema";

/** Whether the file was sent after every ended assignment of its order had ended (not at the same instant). */
export function ofCurrentAssignment(eb: ExpressionBuilder<Database, "files">) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom("assignments as ended")
        .select("ended.id")
        .whereRef("ended.order_id", "=", "files.order_id")
        .where("ended.cancelled_at", "is not", null)
        .whereRef("ended.cancelled_at", ">=", "files.uploaded_at"),
    ),
  );
}
