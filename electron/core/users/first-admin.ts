// The first admin of a team database (or a new password for an admin who forgot theirs), set from
// the command line by whoever runs the server: the one way in before anyone can sign in.
import type { Kysely } from "kysely";
import { passwordProblem } from "../../../shared/contract";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/passwords";
import type { Database } from "../db/schema";

export async function ensureAdmin(
  db: Kysely<Database>,
  now: Date,
  person: { email: string; name: string; password: string },
): Promise<"created" | "updated"> {
  const problem = passwordProblem(person.password);
  if (problem) throw new Error(problem);
  const email = person.email.trim().toLowerCase();
  const hash = await hashPassword(person.password);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirst();
    const id = existing
      ? (
          await trx
            .updateTable("users")
            .set({ role: "admin", active: 1, password_hash: hash })
            .where("id", "=", existing.id)
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id
      : (
          await trx
            .insertInto("users")
            .values({
              email,
              name: person.name,
              role: "admin",
              active: 1,
              created_at: now.toISOString(),
              password_hash: hash,
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
    await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    await writeAudit(trx, {
      at: now,
      userId: null,
      action: existing ? "admin_password_set" : "admin_created",
      entity: "user",
      entityId: id,
      orderId: null,
      after: { email, role: "admin" },
      reason: "set from the command line",
    });
    return existing ? "updated" : "created";
  });
}
