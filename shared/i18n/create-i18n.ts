// One i18next instance per use: the renderer's (bound to React) and the core's, one per language
// for the emails and packing slips it writes.
import i18next, { type i18n, type Module } from "i18next";
import { type Language } from "./languages";
import { namespaces, resources } from "./resources";

export function createI18n(language: Language, plugins: Module[] = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "nl"],
    ns: namespaces,
    defaultNS: "common",
    // React escapes what it renders, and PDFs and plain-text emails are not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    // Resources are bundled: initialise synchronously, so the first render is already translated.
    initAsync: false,
  });
  return instance;
}

const translators = new Map<Language, i18n>();

/** The core's i18next instance for one language, made once. */
export function instanceFor(language: Language): i18n {
  let instance = translators.get(language);
  if (!instance) {
    instance = createI18n(language);
    translators.set(language, instance);
  }
  return instance;
}

/** The core's translator for one language (emails, packing slips). */
export const translatorFor = (language: Language): i18n["t"] =>
  instanceFor(language).t;
