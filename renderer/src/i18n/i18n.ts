// The renderer's i18next instance. Before sign-in it speaks the language last used on this
// machine (or the system's); after sign-in, the user's own (auth-context applies it).
import { initReactI18next } from "react-i18next";
import { createI18n } from "../../../shared/i18n/create-i18n";
import { isLanguage, type Language } from "../../../shared/i18n/languages";

const storageKey = "cutr.language";

function startLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export const i18n = createI18n(startLanguage(), [initReactI18next]);
document.documentElement.lang = i18n.language;

/** The language the console speaks now. */
export const currentLanguage = (): Language =>
  isLanguage(i18n.language) ? i18n.language : "en";

/** Switches every screen to `language` and remembers it for the next sign-in screen. */
export function applyLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

const choiceKey = "cutr.language.chosenBeforeSignIn";

/** A language picked on the sign-in screen: shown at once, and saved for whoever signs in next. */
export function chooseBeforeSignIn(language: Language): void {
  applyLanguage(language);
  sessionStorage.setItem(choiceKey, language);
}

/** The language picked on the sign-in screen since the last sign-in, if any (asked once). */
export function takeChoiceBeforeSignIn(): Language | null {
  const chosen = sessionStorage.getItem(choiceKey);
  sessionStorage.removeItem(choiceKey);
  return isLanguage(chosen) ? chosen : null;
}
