// Frozen once landed, with 0004_message_search.ts: the PostgreSQL form of the message search. The
// words of a body are the "text" values of its structured JSON; a body that is not JSON is indexed
// as it is. They are kept in a generated tsvector column with a GIN index (cutr_search is made in
// 0001), so a search never runs the extraction again. The function has an exception block, which
// PostgreSQL does not allow in parallel plans: it is left PARALLEL UNSAFE.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";

export async function upPostgresMessageSearch(db: Kysely<any>): Promise<void> {
  await sql`CREATE FUNCTION message_words(body text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
    BEGIN
      RETURN coalesce((
        SELECT string_agg(value #>> '{}', ' ')
        FROM jsonb_path_query(body::jsonb, 'strict $.**.text') AS value
      ), '');
    EXCEPTION WHEN others THEN
      RETURN body;
    END $$`.execute(db);
  await sql`ALTER TABLE messages ADD COLUMN search_document tsvector
    GENERATED ALWAYS AS (to_tsvector('cutr_search', message_words(body))) STORED`.execute(
    db,
  );
  await sql`CREATE INDEX messages_search ON messages USING gin (search_document)`.execute(
    db,
  );
}
