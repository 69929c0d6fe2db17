// The contract's own field messages (shared/contract: "Give a reason", …) are written in English
// inside the zod schemas, which the screens share. The dispatch says them in the caller's language
// by looking the English up in `errors:input` (gettext-style); zod's own messages come worded by
// its locale already.
import { en } from "../../../shared/i18n/resources";
import type { Language } from "../../../shared/i18n/languages";
import { say } from "./phrase";

type InputKey = keyof typeof en.errors.input;

const keyOfEnglish = new Map<string, InputKey>(
  (Object.entries(en.errors.input) as [InputKey, string][]).map(
    ([key, text]) => [text, key],
  ),
);

export function inputMessage(message: string, language: Language): string {
  const key = keyOfEnglish.get(message);
  return key === undefined || language === "en"
    ? message
    : say({ key: `errors:input.${key}` } as never, language);
}
