// Where a search that forgives a typo looks: the rows holding one of the two pieces of the longest
// typed word that survive a typo (near-matches.ts), newest first and at most a few thousand,
// checked in full afterwards.
import { sql, type Kysely } from "kysely";
import { dialectOf, escapeLike, textLike } from "../db/dialect";
import type { Database } from "../db/schema";
import { correctableWords, matchesWithTypos, typoPieces } from "./near-matches";

/** How many rows holding a piece are checked: the newest, when a piece is common. */
const candidateCap = 2_000;

function piecesOf(text: string): [string, string] | null {
  const longest = correctableWords(text).sort((a, b) => b.length - a.length)[0];
  return longest ? typoPieces(longest) : null;
}

/** The newest orders within one typo of every long word typed (and holding the short ones). */
export async function ordersNearly(
  db: Kysely<Database>,
  text: string,
  limit: number,
): Promise<number[]> {
  const pieces = piecesOf(text);
  if (!pieces) return [];
  const candidates =
    dialectOf(db) === "postgres"
      ? await sql<{ id: number; text: string }>`
          SELECT id, infix_text AS text FROM orders
          WHERE infix_text LIKE ${`%${escapeLike(pieces[0])}%`}
            OR infix_text LIKE ${`%${escapeLike(pieces[1])}%`}
          ORDER BY id DESC LIMIT ${candidateCap}`.execute(db)
      : await sql<{ id: number; text: string }>`
          SELECT rowid AS id, number || ' ' || text AS text FROM order_infix
          WHERE order_infix MATCH ${pieces.map((p) => `"${p.replaceAll('"', '""')}"`).join(" OR ")}
          ORDER BY rowid DESC LIMIT ${candidateCap}`.execute(db);
  return candidates.rows
    .filter((row) => matchesWithTypos(row.text, text))
    .slice(0, limit)
    .map((row) => row.id);
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
