import { signedInUser } from "../context";
import { AppError } from "../errors";
import type { HandlersOf } from "../rpc/handler-types";
import { createSession, endSession, toUser } from "./sessions";

export const authHandlers: HandlersOf<"auth"> = {
  "auth.users": async (_input, { db }) => {
    const rows = await db
      .selectFrom("users")
      .select(["id", "email", "name", "role"])
      .where("active", "=", 1)
      .orderBy("name")
      .execute();
    return rows.map(toUser);
  },

  "auth.signIn": async ({ email }, { db, clock }) => {
    const record = await db
      .selectFrom("users")
      .select(["id", "email", "name", "role", "active"])
      .where("email", "=", email.toLowerCase())
      .executeTakeFirst();
    if (!record || record.active !== 1) {
      throw new AppError(
        "UNAUTHORIZED",
        `No active user has the email address ${email}.`,
      );
    }
    const session = await createSession(db, clock, record.id);
    return { session, user: toUser(record) };
  },

  "auth.me": async (_input, context) => signedInUser(context),

  "auth.signOut": async (_input, { db, session }) => {
    if (session) await endSession(db, session);
    return { signedOut: true };
  },
};
