// Frozen once landed: never edit this file, add a new migration instead.
// Search by any part of an order's number, title, customer, partner or address ("2230" and "0223"
// both find C-2026-02230, "dam" finds Rotterdam, "kitchen" the kitchen fronts): an FTS5 trigram
// index beside the word index of 0001.
// The number has a column of its own, so a match in the number can be ranked first. It is kept
// from the orders' own columns (their customer and partner names are kept by 0001's triggers), so
// a renamed customer reaches it through the orders.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";
import { upPostgresOrderInfixSearch } from "./0023_order_infix_search.postgres";

/** The text searched besides the number, of the row `row` ("new." in a trigger). */
const infixTextOf = (row: string) =>
  `${row}title || ' ' || ${row}customer_name || ' ' || coalesce(${row}partner_name, '') || ' ' || ${row}delivery_street
    || ' ' || ${row}delivery_postcode || ' ' || ${row}delivery_city`;
const infixText = (row: string) => sql.raw(infixTextOf(row));

/** The triggers that keep order_infix; a bulk load may leave them out and refill it after. */
export const orderInfixTriggers = [
  "order_infix_insert",
  "order_infix_update",
  "order_infix_delete",
];

/** Fills order_infix anew from every order: after a bulk load without its triggers. */
export const refillOrderInfix = `DELETE FROM order_infix;
  INSERT INTO order_infix (rowid, number, text)
  SELECT id, number, ${infixTextOf("")} FROM orders;`;

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "postgres") return upPostgresOrderInfixSearch(db);
  await sql`CREATE VIRTUAL TABLE order_infix USING fts5(
    number, text, tokenize = 'trigram remove_diacritics 1'
  )`.execute(db);
  await sql`INSERT INTO order_infix (rowid, number, text)
    SELECT id, number, ${infixText("")} FROM orders`.execute(db);
  await sql`CREATE TRIGGER order_infix_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_infix (rowid, number, text)
    VALUES (new.id, new.number, ${infixText("new.")});
  END`.execute(db);
  // Replaced whole, whichever of the orders' triggers runs first after an insert.
  await sql`CREATE TRIGGER order_infix_update
    AFTER UPDATE OF number, title, customer_name, partner_name, delivery_street, delivery_postcode,
      delivery_city ON orders BEGIN
    DELETE FROM order_infix WHERE rowid = old.id;
    INSERT INTO order_infix (rowid, number, text)
    VALUES (new.id, new.number, ${infixText("new.")});
  END`.execute(db);
  await sql`CREATE TRIGGER order_infix_delete AFTER DELETE ON orders BEGIN
    DELETE FROM order_infix WHERE rowid = old.id;
  END`.execute(db);
}
