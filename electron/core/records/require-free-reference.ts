import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { AppError } from "../errors";

/**
 * A partner's or customer's reference in the Cutr platform (external_ref) names one record only:
 * refuses one another record already holds, naming that record so the user knows where it is.
 */
export async function requireFreeReference(
  db: Kysely<Database>,
  table: "partners" | "customers",
  reference: string | null,
  exceptId: number | null,
): Promise<void> {
  if (reference === null) return;
  const holder = await db
    .selectFrom(table)
    .select(["id", "name"])
    .where("external_ref", "=", reference)
    .$if(exceptId !== null, (q) => q.where("id", "!=", exceptId ?? 0))
    .executeTakeFirst();
  if (holder)
    throw new AppError("CONFLICT", {
      key: `errors:${table}.referenceTaken`,
      values: { reference, name: holder.name },
    });
}
