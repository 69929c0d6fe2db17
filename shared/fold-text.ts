/**
 * Text as search compares it: lower case, accents removed ("Müller" → "muller"), as FTS5's
 * remove_diacritics and PostgreSQL's unaccent do in the indexes.
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
