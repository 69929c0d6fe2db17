// The admin's list of people: who may sign in, with which role, and their passwords (team mode).
// Every change is audited with the admin who made it; a deactivated user's sessions end at once.
import type { Kysely } from "kysely";
import type { UserRow } from "../../../shared/contract";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/passwords";
import { signedInUser } from "../context";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import type { HandlersOf } from "../rpc/handler-types";

/** What a user row shows (the hash only to tell whether a password is set). */
const userColumns = [
  "id",
  "email",
  "name",
  "role",
  "language",
  "active",
  "password_hash",
  "created_at",
] as const;

/** The people: not the rows integrations act through (Settings → Integrations keeps those). */
const people = (db: Kysely<Database>) =>
  db
    .selectFrom("users")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("integrations")
            .select("integrations.id")
            .whereRef("integrations.user_id", "=", "users.id"),
        ),
      ),
    );

async function userRow(db: Kysely<Database>, id: number): Promise<UserRow> {
  const row = await people(db)
    .select(userColumns)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("user", id);
  return toRow(row);
}

function toRow(row: {
  id: number;
  email: string;
  name: string;
  role: UserRow["role"];
  language: UserRow["language"];
  active: number;
  password_hash: string | null;
  created_at: string;
}): UserRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    active: row.active === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
  };
}

/** At least one active admin must remain, or nobody could manage the people any more. */
async function keepsAnAdmin(db: Kysely<Database>, changedId: number) {
  const others = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "admin")
    .where("active", "=", 1)
    .where("id", "!=", changedId)
    .limit(1)
    .executeTakeFirst();
  if (!others) throw new AppError("RULE", { key: "errors:users.lastAdmin" });
}

export const userHandlers: HandlersOf<"users"> = {
  "users.list": async (_input, { db }) => {
    const rows = await people(db).select(userColumns).orderBy("name").execute();
    return rows.map(toRow);
  },

  "users.create": async ({ email, name, role, password }, context) => {
    const admin = signedInUser(context);
    const { db, clock } = context;
    const normalized = email.toLowerCase();
    const hash = password ? await hashPassword(password) : null;
    const id = await db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom("users")
        .select("id")
        .where("email", "=", normalized)
        .executeTakeFirst();
      if (taken)
        throw new AppError(
          "CONFLICT",
          { key: "errors:users.emailTaken", values: { email: normalized } },
          { email: { key: "errors:users.emailInUse" } },
        );
      const created = await trx
        .insertInto("users")
        .values({
          email: normalized,
          name,
          role,
          active: 1,
          created_at: clock.now().toISOString(),
          password_hash: hash,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        at: clock.now(),
        userId: admin.id,
        action: "user_created",
        entity: "user",
        entityId: created.id,
        orderId: null,
        after: { email: normalized, name, role },
      });
      return created.id;
    });
    return userRow(db, id);
  },

  "users.update": async ({ id, name, role, active }, context) => {
    const admin = signedInUser(context);
    const { db, clock } = context;
    await db.transaction().execute(async (trx) => {
      const before = await userRow(trx, id);
      const losesAdmin =
        before.role === "admin" &&
        before.active &&
        ((role !== undefined && role !== "admin") || active === false);
      if (losesAdmin) await keepsAnAdmin(trx, id);
      await trx
        .updateTable("users")
        .set({
          ...(name !== undefined ? { name } : {}),
          ...(role !== undefined ? { role } : {}),
          ...(active !== undefined ? { active: active ? 1 : 0 } : {}),
        })
        .where("id", "=", id)
        .execute();
      if (active === false || (role !== undefined && role !== before.role))
        await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
      await writeAudit(trx, {
        at: clock.now(),
        userId: admin.id,
        action: "user_updated",
        entity: "user",
        entityId: id,
        orderId: null,
        before: { name: before.name, role: before.role, active: before.active },
        after: { name, role, active },
      });
    });
    return userRow(db, id);
  },

  "users.setPassword": async ({ id, password }, context) => {
    const admin = signedInUser(context);
    const { db, clock } = context;
    const hash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      await userRow(trx, id);
      await trx
        .updateTable("users")
        .set({ password_hash: hash })
        .where("id", "=", id)
        .execute();
      await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
      await writeAudit(trx, {
        at: clock.now(),
        userId: admin.id,
        action: "password_set",
        entity: "user",
        entityId: id,
        orderId: null,
      });
    });
    return { set: true };
  },
};
