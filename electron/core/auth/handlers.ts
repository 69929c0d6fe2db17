import type { CoreServices } from "../context";
import { signedInUser } from "../context";
import { AppError } from "../errors";
import type { HandlersOf } from "../rpc/handler-types";
import { writeAudit } from "../audit/write-audit";
import { decoyHash, hashPassword, verifyPassword } from "./passwords";
import { createSession, endSession, sessionHash, toUser } from "./sessions";

const teamMode = (storage: CoreServices["storage"]) => storage.kind === "team";

const refused = () =>
  new AppError("UNAUTHORIZED", { key: "errors:auth.noMatch" });

export const authHandlers: HandlersOf<"auth"> = {
  "auth.mode": async (_input, { storage }) => ({
    mode: teamMode(storage) ? "team" : "local",
  }),

  // On a workstation the sign-in screen lists who may sign in; a team's server does not tell.
  "auth.users": async (_input, { db, storage }) => {
    if (teamMode(storage))
      throw new AppError("RULE", { key: "errors:auth.teamServer" });
    const rows = await db
      .selectFrom("users")
      .select(["id", "email", "name", "role", "language"])
      .where("active", "=", 1)
      .orderBy("name")
      .execute();
    return rows.map(toUser);
  },

  "auth.signIn": async ({ email, password }, { db, clock, storage }) => {
    const record = await db
      .selectFrom("users")
      .select([
        "id",
        "email",
        "name",
        "role",
        "language",
        "active",
        "password_hash",
      ])
      .where("email", "=", email.toLowerCase())
      .executeTakeFirst();
    if (teamMode(storage)) {
      // The same work and the same answer whether the user exists, is inactive or mistyped.
      const matches = await verifyPassword(
        password ?? "",
        record?.password_hash ?? (await decoyHash()),
      );
      if (!record || record.active !== 1 || !record.password_hash || !matches)
        throw refused();
    } else if (!record || record.active !== 1) {
      throw new AppError("UNAUTHORIZED", {
        key: "errors:auth.noActiveUser",
        values: { email },
      });
    }
    const session = await createSession(db, clock, record.id);
    return { session, user: toUser(record) };
  },

  "auth.me": async (_input, context) => signedInUser(context),

  "auth.setLanguage": async ({ language }, context) => {
    const user = signedInUser(context);
    await context.db
      .updateTable("users")
      .set({ language })
      .where("id", "=", user.id)
      .execute();
    return { ...user, language };
  },

  "auth.signOut": async (_input, { db, session }) => {
    if (session) await endSession(db, session);
    return { signedOut: true };
  },

  "auth.changePassword": async ({ current, next }, context) => {
    const user = signedInUser(context);
    const { db, clock } = context;
    const record = await db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    if (
      record.password_hash &&
      !(await verifyPassword(current, record.password_hash))
    )
      throw new AppError(
        "RULE",
        { key: "errors:auth.wrongPassword" },
        { current: { key: "errors:auth.notCurrentPassword" } },
      );
    const hash = await hashPassword(next);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("users")
        .set({ password_hash: hash })
        .where("id", "=", user.id)
        .execute();
      // Every other session of this user ends: a changed password locks out whoever knew the old one.
      await trx
        .deleteFrom("sessions")
        .where("user_id", "=", user.id)
        .where("token_hash", "!=", sessionHash(context.session))
        .execute();
      await writeAudit(trx, {
        at: clock.now(),
        userId: user.id,
        action: "password_changed",
        entity: "user",
        entityId: user.id,
        orderId: null,
      });
    });
    return { changed: true };
  },
};
