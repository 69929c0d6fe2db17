// The console's forms check what is typed with the contract's own zod schemas (the same the core
// applies), and say each problem in the user's language: zod's messages by its locale, the
// contract's through errors:input, as the core does for a refused call.
import type { FormErrors } from "@mantine/form";
import { zod4Resolver } from "mantine-form-zod-resolver";
import { z } from "zod";
import zodEnglish from "zod/v4/locales/en.js";
import zodDutch from "zod/v4/locales/nl.js";
import type { $ZodType } from "zod/v4/core";
import { en } from "../../../shared/i18n/resources";
import { currentLanguage, i18n } from "../i18n/i18n";

const keyOfEnglish = new Map(
  Object.entries(en.errors.input).map(([key, text]) => [text, key]),
);

function inUserLanguage(message: unknown): unknown {
  if (typeof message !== "string") return message;
  const key = keyOfEnglish.get(message);
  return key ? i18n.t(`errors:input.${key}` as never) : message;
}

/** A form's validate function from a contract schema, in the user's language. */
export function validateWith(schema: $ZodType) {
  const resolve = zod4Resolver(schema, { errorPriority: "first" });
  return (values: Record<string, unknown>): FormErrors => {
    z.config(currentLanguage() === "nl" ? zodDutch() : zodEnglish());
    return Object.fromEntries(
      Object.entries(resolve(values)).map(([path, message]) => [
        path,
        inUserLanguage(message),
      ]),
    ) as FormErrors;
  };
}
