// The few-word columns of imports and exports, known by their code and by the console's own words
// for them in each language, so that an exported list reads back as it was written.
import { communicationSettings, packagingKinds } from "../../../shared/domain";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import {
  languageNames,
  languages,
  type Language,
} from "../../../shared/i18n/languages";

const inEachLanguage = (key: string) =>
  languages.map((l) => translatorFor(l)(key as never) as string);

export const languageChoices = languages.map((value) => ({
  value,
  words: [...inEachLanguage(`imports:language.${value}`), languageNames[value]],
}));

export const communicationChoices = communicationSettings.map((value) => ({
  value,
  words: inEachLanguage(`domain:communicationSetting.${value}`),
}));

export const packagingChoices = packagingKinds.map((value) => ({
  value,
  words: inEachLanguage(`imports:packaging.${value}`),
}));

/** A choice as the reader's language writes it. */
export const choiceWord = (
  key: "language" | "communication" | "packaging",
  value: string,
  language: Language,
) =>
  translatorFor(language)(
    (key === "language"
      ? `imports:language.${value}`
      : key === "communication"
        ? `domain:communicationSetting.${value}`
        : `imports:packaging.${value}`) as never,
  ) as string;

export const yesNoWord = (value: boolean, language: Language) =>
  translatorFor(language)(
    (value ? "imports:yes" : "imports:no") as never,
  ) as string;
