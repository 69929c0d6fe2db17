// A sentence the core says to a person, kept as a key and its values until the dispatch knows
// whose language to say it in.
import type { ParseKeys } from "i18next";
import { instanceFor } from "../../../shared/i18n/create-i18n";
import type { Language } from "../../../shared/i18n/languages";

export interface Phrase {
  key: `errors:${ParseKeys<"errors">}`;
  values?: Record<string, string | number>;
}

const prefix = "errors:".length;

/** The phrase in `language`. */
export function say(phrase: Phrase, language: Language): string {
  const t = instanceFor(language).getFixedT(language, "errors");
  // Phrase.key is checked against the English keys by its type; i18next's own overloads cannot
  // follow a union of keys with optional values, hence the one cast.
  return String(
    t(phrase.key.slice(prefix) as never, (phrase.values ?? {}) as never),
  );
}

/** Field messages (details) with every phrase among them said in `language`. */
export function sayDetails(details: unknown, language: Language): unknown {
  if (Array.isArray(details))
    return details.map((d) => sayDetails(d, language));
  if (isPhrase(details)) return say(details, language);
  if (typeof details === "object" && details !== null)
    return Object.fromEntries(
      Object.entries(details).map(([k, v]) => [k, sayDetails(v, language)]),
    );
  return details;
}

function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { key?: unknown }).key === "string" &&
    (value as { key: string }).key.startsWith("errors:")
  );
}
