// Frozen once landed: never edit this file, add a new migration instead.
// Packing slips in a chosen language: each slip keeps the language it was drawn in, so a slip in
// another language is drawn anew instead of handing back the current one. Earlier slips are English.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("packing_slips")
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'nl')`),
    )
    .execute();
}
