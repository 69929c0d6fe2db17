// Search that forgives one typo: "amstrdam" finds Amsterdam, "Muelle" Mueller, "hoetls" Hotels.
// A word of five letters or more, typed with one letter wrong, missing, extra or two swapped,
// still holds one of two pieces of itself unchanged (one before the typo, one after); a short word
// may not, so its one-typo variants (a swap undone, a letter left out) are looked for too. The
// indexes find the texts holding a piece or a variant, and the edit distance (Damerau-Levenshtein)
// keeps the ones within one typo of the word.
import levenshtein from "damerau-levenshtein";
import { foldText } from "../../../shared/fold-text";

/** Words shorter than this are too ambiguous to correct. */
export const typoMinimum = 5;

/**
 * Two pieces of the word at least one of which survives any single typo unchanged: the part
 * before the middle two letters and the part after them, or, for a word too short for that, its
 * first and last three letters (a typo in the letters those share is then not forgiven).
 */
export function typoPieces(word: string): [string, string] {
  const letters = [...foldText(word)];
  const middle = Math.floor(letters.length / 2);
  const before = letters.slice(0, middle - 1);
  const after = letters.slice(middle + 1);
  return before.length >= 3 && after.length >= 3
    ? [before.join(""), after.join("")]
    : [letters.slice(0, 3).join(""), letters.slice(-3).join("")];
}

/**
 * For a word too short for its two pieces to survive every typo: the word with two neighbouring
 * letters swapped back, and with each letter left out (one typed twice or by mistake). A swap in
 * the middle of "hoetls" leaves no three letters of "hotels" in place, so no piece can find it.
 */
export function typoVariants(word: string): string[] {
  const letters = [...foldText(word)];
  if (letters.length >= 8) return [];
  const variants = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1] ?? "", letters[i] ?? ""];
    variants.add(swapped.join(""));
  }
  for (let i = 0; i < letters.length; i++)
    variants.add(letters.filter((_, j) => j !== i).join(""));
  variants.delete(letters.join(""));
  return [...variants].filter((v) => [...v].length >= 3);
}

/** True when some stretch of the text is the word with at most one typo. */
export function holdsNearly(text: string, word: string): boolean {
  const haystack = foldText(text);
  const needle = foldText(word);
  if (haystack.includes(needle)) return true;
  if (typoVariants(needle).some((variant) => haystack.includes(variant)))
    return true;
  const [before, after] = typoPieces(needle);
  const lengths = [needle.length - 1, needle.length, needle.length + 1];
  const near = (start: number, length: number) =>
    start >= 0 &&
    start + length <= haystack.length &&
    levenshtein(haystack.slice(start, start + length), needle).steps <= 1;
  for (
    let at = haystack.indexOf(before);
    at >= 0;
    at = haystack.indexOf(before, at + 1)
  )
    if (lengths.some((length) => near(at, length))) return true;
  for (
    let at = haystack.indexOf(after);
    at >= 0;
    at = haystack.indexOf(after, at + 1)
  ) {
    const end = at + after.length;
    if (lengths.some((length) => near(end - length, length))) return true;
  }
  return false;
}

/** The words of a search that a typo is forgiven in. */
export const correctableWords = (text: string): string[] =>
  text.split(/\s+/).filter((w) => [...w].length >= typoMinimum);

/** True when the text holds every typed word, the long ones allowing one typo each. */
export function matchesWithTypos(text: string, typed: string): boolean {
  const folded = foldText(text);
  return typed
    .split(/\s+/)
    .filter(Boolean)
    .every((word) =>
      [...word].length >= typoMinimum
        ? holdsNearly(folded, word)
        : folded.includes(foldText(word)),
    );
}
