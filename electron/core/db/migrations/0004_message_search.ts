// Frozen once landed: never edit this file, add a new migration instead.
// Full-text search over message text (FTS5), kept by triggers: the words of a body are the "text"
// values of its structured JSON. A body that is not JSON is indexed as it is.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";
import { upPostgresMessageSearch } from "./0004_message_search.postgres";

const words = (column: string) =>
  sql.raw(`CASE WHEN json_valid(${column})
    THEN (SELECT group_concat(value, ' ') FROM json_tree(${column}) WHERE key = 'text')
    ELSE ${column} END`);

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "postgres") return upPostgresMessageSearch(db);
  await sql`CREATE VIRTUAL TABLE message_search USING fts5(
    text, tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`INSERT INTO message_search (rowid, text)
    SELECT id, ${words("body")} FROM messages`.execute(db);
  await sql`CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, text) VALUES (new.id, ${words("new.body")});
  END`.execute(db);
  await sql`CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN
    DELETE FROM message_search WHERE rowid = old.id;
  END`.execute(db);
}
