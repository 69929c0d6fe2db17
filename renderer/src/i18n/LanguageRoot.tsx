import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * Renders the console anew when the language changes, so that every date, number and euro
 * (formatted outside React's view of the language) is written in the new one.
 */
export function LanguageRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <Fragment key={i18n.language}>{children}</Fragment>;
}
