// Sign-in sessions: a random token handed to the caller, stored only as its SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";
import { addHours } from "date-fns";
import type { Kysely } from "kysely";
import type { User } from "../../../shared/contract";
import type { Clock } from "../clock";
import type { Database, UserRecord } from "../db/schema";

/** How long a session lasts without signing in again (a working day and a half). */
export const sessionHours = 12;

/** What the sessions table keeps of a token: its SHA-256, never the token. */
export const sessionHash = (token: string | null) =>
  createHash("sha256")
    .update(token ?? "")
    .digest("hex");
const hash = sessionHash;

export function toUser(
  record: Pick<UserRecord, "id" | "email" | "name" | "role" | "language">,
): User {
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    role: record.role,
    language: record.language,
  };
}

export async function createSession(
  db: Kysely<Database>,
  clock: Clock,
  userId: number,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  // Expired sessions are of no use to anyone: clear them as new ones are made.
  await db
    .deleteFrom("sessions")
    .where("expires_at", "<=", now.toISOString())
    .execute();
  await db
    .insertInto("sessions")
    .values({
      token_hash: hash(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: addHours(now, sessionHours).toISOString(),
    })
    .execute();
  return token;
}

export async function userOfSession(
  db: Kysely<Database>,
  clock: Clock,
  token: string,
): Promise<User | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.language",
      "users.active",
      "sessions.expires_at",
    ])
    .where("sessions.token_hash", "=", hash(token))
    .executeTakeFirst();
  if (!row || row.active !== 1 || row.expires_at <= clock.now().toISOString())
    return null;
  return toUser(row);
}

export async function endSession(
  db: Kysely<Database>,
  token: string,
): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where("token_hash", "=", hash(token))
    .execute();
}
