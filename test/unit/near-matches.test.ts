import { describe, expect, it } from "vitest";
import {
  holdsNearly,
  matchesWithTypos,
  typoPieces,
} from "../../electron/core/search/near-matches";

describe("search that forgives one typo", () => {
  const text = "C-2026-02230 Hotel Ørsted Amsterdam Keizersgracht 12";

  it.each([
    ["amsterdam", "as typed"],
    ["amsterdm", "a letter missing"],
    ["amstedram", "two letters swapped"],
    ["amstardam", "one letter wrong"],
    ["amssterdam", "one letter extra"],
    ["keizrsgracht", "a letter missing in a long word"],
    ["Amstérdam", "an accent typed"],
  ])("finds %s (%s)", (word) => {
    expect(holdsNearly(text, word)).toBe(true);
  });

  it.each([
    ["Hoetls", "Van Vliet Hotels"],
    ["Bomsan", "Bosman Interieur"],
    ["Reatil", "Zijlstra Retail"],
  ])("finds %s in %s: a swap inside a short word", (word, name) => {
    expect(holdsNearly(name, word)).toBe(true);
  });

  it.each([
    ["amstrdm", "two letters missing"],
    ["rotterdam", "another city"],
    ["amxterdxm", "two letters wrong"],
  ])("does not find %s (%s)", (word) => {
    expect(holdsNearly(text, word)).toBe(false);
  });

  it("keeps, for any single typo, one of its two pieces whole", () => {
    const word = "keizersgracht";
    const [before, after] = typoPieces(word);
    for (let at = 0; at < word.length; at++) {
      const typo = word.slice(0, at) + word.slice(at + 1);
      expect(typo.includes(before) || typo.includes(after), typo).toBe(true);
    }
  });

  it("needs every word typed, short ones as they are", () => {
    expect(matchesWithTypos(text, "hotel amsterdm")).toBe(true);
    expect(matchesWithTypos(text, "12 amsterdm")).toBe(true);
    expect(matchesWithTypos(text, "13 amsterdm")).toBe(false);
  });
});
