// Frozen once landed: never edit this file, add a new migration instead.
// Languages: each user picks the console's language (English or Dutch); partners and customers
// get their emails in theirs. Everyone starts in English, as before this migration.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["users", "partners", "customers"])
    await db.schema
      .alterTable(table)
      .addColumn("language", "text", (c) =>
        c
          .notNull()
          .defaultTo("en")
          .check(sql`language in ('en', 'nl')`),
      )
      .execute();
}
