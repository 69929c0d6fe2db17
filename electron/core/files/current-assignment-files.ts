// Files belong to the assignment they were sent in (DOMAIN.md, What belongs to an assignment): a
// file counts toward Ready and the partner's quality only when it was uploaded since the order's
// current assignment began. Files of an earlier, cancelled assignment stay on the order for staff,
// marked as such.
import type { ExpressionBuilder } from "kysely";
import type { Database } from "../db/schema";

/** Whether the file was uploaded since its order's current (not cancelled) assignment began. */
export function sinceCurrentAssignment(
  eb: ExpressionBuilder<Database, "files">,
) {
  return eb(
    "files.uploaded_at",
    ">=",
    eb
      .selectFrom("assignments")
      .select((inner) => inner.fn.max("assignments.assigned_at").as("since"))
      .whereRef("assignments.order_id", "=", "files.order_id")
      .where("assignments.cancelled_at", "is", null),
  );
}
