// A sentence the core says to a person, kept as a key and its values until the dispatch knows
// whose language to say it in.
import type { ParseKeys } from "i18next";
import { instanceFor } from "../../../shared/i18n/create-i18n";
import type { Language } from "../../../shared/i18n/languages";
import type { Namespace } from "../../../shared/i18n/resources";

/** A text of any namespace with its values, e.g. a capability's name or a readiness condition. */
export interface Text {
  key: ParseKeys<Namespace[]>;
  values?: Record<string, string | number>;
}

/** A name kept in the database in each language (a capability, a region). */
export type NameInEachLanguage = Record<Language, string>;

/** Several texts said as one value of a phrase, each in the reader's language, then joined. */
export interface TextList {
  list: (Text | NameInEachLanguage)[];
  /** "; " between conditions, ", " between names. */
  separator: "; " | ", ";
  /** In mid-sentence: "all four partner to-dos done", not "All four…". */
  lowercase?: boolean;
}

export interface Phrase {
  key: `errors:${ParseKeys<"errors">}`;
  values?: Record<string, string | number | TextList | NameInEachLanguage>;
}

const prefix = "errors:".length;

/** The phrase in `language`. */
export function say(phrase: Phrase, language: Language): string {
  const i18n = instanceFor(language);
  const t = i18n.getFixedT(language, "errors");
  const values = Object.fromEntries(
    Object.entries(phrase.values ?? {}).map(([name, value]) => [
      name,
      typeof value !== "object"
        ? value
        : "list" in value
          ? sayList(value, language)
          : value[language],
    ]),
  );
  // Phrase.key is checked against the English keys by its type; i18next's own overloads cannot
  // follow a union of keys with optional values, hence the casts.
  return String(t(phrase.key.slice(prefix) as never, values as never));
}

function sayList(texts: TextList, language: Language): string {
  const t = instanceFor(language).getFixedT(language);
  return texts.list
    .map((text) => {
      const said =
        "key" in text
          ? String(t(text.key as never, (text.values ?? {}) as never))
          : text[language];
      return texts.lowercase ? said.toLocaleLowerCase(language) : said;
    })
    .join(texts.separator);
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
