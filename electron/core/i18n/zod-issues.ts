// Input checked by the contract's zod schemas, with the problems worded in the reader's language:
// zod's own messages by its locale, the contract's messages through errors:input.
import type { z } from "zod";
import zodEnglish from "zod/v4/locales/en.js";
import zodDutch from "zod/v4/locales/nl.js";
import type { Language } from "../../../shared/i18n/languages";
import { inputMessage } from "./input-messages";

const zodLocales = { en: zodEnglish(), nl: zodDutch() };

export function parseIn<S extends z.ZodType>(
  schema: S,
  input: unknown,
  language: Language,
) {
  return schema.safeParse(input, { error: zodLocales[language].localeError });
}

/** Each problem as the field it is about ("address.city") and what is wrong with it. */
export const issueDetails = (issues: z.core.$ZodIssue[], language: Language) =>
  issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(input)",
    message: inputMessage(issue.message, language),
  }));
