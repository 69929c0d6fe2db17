// Frozen once landed: never edit this file, add a new migration instead.
// Team mode: users sign in with a password (a scrypt hash, never the password), and file contents
// can live in the database itself, where every console sees them.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from "kysely";
import { dialectOf } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("password_hash", "text")
    .execute();
  await db.schema
    .createTable("blobs")
    .addColumn("sha256", "text", (c) => c.primaryKey())
    .addColumn("bytes", dialectOf(db) === "postgres" ? "bytea" : "blob", (c) =>
      c.notNull(),
    )
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}
