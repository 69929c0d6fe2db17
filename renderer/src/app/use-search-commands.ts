// What the search palette can do besides finding things: go to an area, start a new order, switch
// the language. Matched against what is typed, in the user's language, before the server answers.
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { foldText } from "../../../shared/fold-text";
import { languageNames, languages } from "../../../shared/i18n/languages";
import { currentLanguage } from "../i18n/i18n";
import { useAuth } from "./auth-context";
import { consoleAreas } from "./console-areas";
import { useCan } from "./use-can";

export interface SearchCommand {
  id: string;
  label: string;
  run(): void;
}

/** The commands whose label holds every typed word. */
export function useSearchCommands(typed: string): SearchCommand[] {
  const { t } = useTranslation("nav");
  const navigate = useNavigate();
  const { setLanguage } = useAuth();
  const mayEnterOrders = useCan("editOrders");
  const words = foldText(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const other = languages.find((l) => l !== currentLanguage()) ?? languages[0];
  const commands: SearchCommand[] = [
    ...consoleAreas.map(({ to, area }) => ({
      id: `go-${area}`,
      label: t("search.command.goTo", { area: t(`area.${area}`) }),
      run: () => void navigate(to),
    })),
    ...(mayEnterOrders
      ? [
          {
            id: "new-order",
            label: t("search.command.newOrder"),
            run: () => void navigate("/orders", { state: { newOrder: true } }),
          },
        ]
      : []),
    {
      id: "language",
      label: t("search.command.language", { language: languageNames[other] }),
      run: () => void setLanguage(other),
    },
  ];
  return commands.filter((c) =>
    words.every((word) => foldText(c.label).includes(word)),
  );
}
