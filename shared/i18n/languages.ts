// The console's languages. Each user picks one; emails to staff and the packing slip follow it.
import { z } from "zod";

export const languages = ["en", "nl"] as const;
export type Language = (typeof languages)[number];
export const LanguageSchema = z.enum(languages);

/** Each language named in itself, as a language menu shows it. */
export const languageNames: Record<Language, string> = {
  en: "English",
  nl: "Nederlands",
};

/** The Intl locale that formats dates, numbers and euros for each language. */
export const intlLocales: Record<Language, string> = {
  en: "en-GB",
  nl: "nl-NL",
};

export const isLanguage = (value: unknown): value is Language =>
  LanguageSchema.safeParse(value).success;
