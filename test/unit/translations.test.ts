// Every text exists in both languages: the same keys, no empty text, the same placeholders.
import { describe, expect, it } from "vitest";
import { createI18n } from "../../shared/i18n/create-i18n";
import { en, namespaces, nl, type Texts } from "../../shared/i18n/resources";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const textsOf = (language: Texts, ns: keyof Texts) =>
  flatten(language[ns] as unknown as Tree);

describe("translations", () => {
  it.each(namespaces)("%s has the same keys in English and Dutch", (ns) => {
    const english = textsOf(en, ns);
    const dutch = textsOf(nl, ns);
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(namespaces)(
    "%s has no empty text and the same placeholders",
    (ns) => {
      const english = textsOf(en, ns);
      const dutch = textsOf(nl, ns);
      for (const [key, text] of english) {
        expect(text.trim(), `en ${ns}:${key}`).not.toBe("");
        const other = dutch.get(key) ?? "";
        expect(other.trim(), `nl ${ns}:${key}`).not.toBe("");
        expect(placeholders(other), `placeholders of ${ns}:${key}`).toEqual(
          placeholders(text),
        );
      }
    },
  );

  it("plural keys come in pairs", () => {
    for (const ns of namespaces)
      for (const key of textsOf(en, ns).keys()) {
        const base = key.replace(/_(one|other)$/, "");
        if (base === key) continue;
        expect(textsOf(en, ns).has(`${base}_one`), `${ns}:${base}_one`).toBe(
          true,
        );
        expect(
          textsOf(en, ns).has(`${base}_other`),
          `${ns}:${base}_other`,
        ).toBe(true);
      }
  });

  it("translates, counts and falls back to English only for a missing key", () => {
    const dutch = createI18n("nl");
    expect(dutch.t("common:page.number", { page: 3 })).toBe("Pagina 3");
    expect(dutch.t("domain:tier.highly_rated")).toBe("Hoog gewaardeerd");
    const missing: string[] = [];
    const checked = createI18n("nl");
    checked.options.saveMissing = true;
    checked.options.missingKeyHandler = (_lngs, ns, key) =>
      missing.push(`${ns}:${key}`);
    // @ts-expect-error a key no language has: the typecheck refuses it, and i18next reports it.
    checked.t("common:no.such.key");
    expect(missing).toEqual(["common:no.such.key"]);
  });
});
