// Where a search that forgives a typo looks: the rows holding one of the pieces or variants of the
// longest typed word (near-matches.ts), newest first, a batch at a time and at most a few thousand,
// each checked in full.
import { sql, type Kysely } from "kysely";
import { dialectOf, escapeLike, textLike } from "../db/dialect";
import type { Database } from "../db/schema";
import {
  correctableWords,
  matchesWithTypos,
  typoPieces,
  typoVariants,
} from "./near-matches";

/** How many rows holding a piece are checked: the newest, when a piece is common. */
const candidateCap = 1_000;

/** What a row must hold one of to be checked: the longest word's two pieces, and its variants. */
function piecesOf(text: string): string[] | null {
  const longest = correctableWords(text).sort((a, b) => b.length - a.length)[0];
  return longest ? [...typoPieces(longest), ...typoVariants(longest)] : null;
}

/** How many rows holding a piece are fetched at a time: most searches are answered by the first. */
const batchSize = 250;

/** The newest orders within one typo of every long word typed (and holding the short ones). */
export async function ordersNearly(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<number[]> {
  const pieces = piecesOf(text);
  if (!pieces) return [];
  const found: number[] = [];
  // Newest first, a batch at a time below the last id seen, until enough are found or the cap.
  let below: number | null = null;
  for (let read = 0; read < candidateCap && found.length < limit;) {
    const batch: CandidateRow[] = (await candidateOrders(db, pieces, below))
      .rows;
    for (const row of batch)
      if (found.length < limit && matchesWithTypos(row.text, text))
        found.push(row.id);
    read += batch.length;
    const last: CandidateRow | undefined = batch.at(-1);
    if (!last || batch.length < batchSize) break;
    below = last.id;
  }
  return found;
}

interface CandidateRow {
  id: number;
  text: string;
}

function candidateOrders(
  db: Kysely<Database>,
  pieces: string[],
  /** Only rows older than this one (none at first). */
  below: number | null,
) {
  return dialectOf(db) === "postgres"
    ? sql<CandidateRow>`
          SELECT id, infix_text AS text FROM orders
          WHERE (${sql.join(
            pieces.map(
              (piece) => sql`infix_text LIKE ${`%${escapeLike(piece)}%`}`,
            ),
            sql` OR `,
          )}) ${below === null ? sql`` : sql`AND id < ${below}`}
          ORDER BY id DESC LIMIT ${batchSize}`.execute(db)
    : sql<CandidateRow>`
          SELECT rowid AS id, number || ' ' || text AS text FROM order_infix
          WHERE order_infix MATCH ${pieces.map((p) => `"${p.replaceAll('"', '""')}"`).join(" OR ")}
            ${below === null ? sql`` : sql`AND rowid < ${below}`}
          ORDER BY rowid DESC LIMIT ${batchSize}`.execute(db);
}

/** Partners or customers whose name is within one typo of every long word typed. */
export async function namedNearly(
  db: Kysely<Database>,
  table: "partners" | "customers",
  text: string,
  limit: number,
): Promise<{ id: number; name: string; city: string }[]> {
  const pieces = piecesOf(text);
  if (!pieces) return [];
  const rows = await db
    .selectFrom(table)
    .select(["id", "name", "city"])
    .where((eb) =>
      eb.or(
        pieces.map((piece) => textLike(db, "name", `%${escapeLike(piece)}%`)),
      ),
    )
    .orderBy("name")
    .limit(candidateCap)
    .execute();
  return rows.filter((row) => matchesWithTypos(row.name, text)).slice(0, limit);
}
