// A row someone saved after the caller read it: CONFLICT, naming who saved it (from the audit log),
// so the caller knows whom to ask and that their own changes were not saved.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { AppError } from "../errors";

export type EditedEntity = "partner" | "customer" | "order";

export async function savedMeanwhile(
  db: Kysely<Database>,
  entity: EditedEntity,
  id: number,
  name: string,
): Promise<AppError> {
  const last = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.user_id")
    .select(["users.name as who"])
    .where("audit_log.entity", "=", entity)
    .where("audit_log.entity_id", "=", id)
    .orderBy("audit_log.id", "desc")
    .limit(1)
    .executeTakeFirst();
  return new AppError(
    "CONFLICT",
    last?.who
      ? { key: "errors:conflict.savedBy", values: { name, who: last.who } }
      : { key: "errors:conflict.savedMeanwhile", values: { name } },
    { who: last?.who ?? null },
  );
}
