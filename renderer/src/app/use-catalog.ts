// The lists admins keep (capabilities and regions), named in the user's language: for labels,
// filters and pickers. Retired entries still name what uses them, but are offered for nothing new.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogEntry } from "../../../shared/contract";
import { useOperation } from "../api/use-operation";

export interface Option {
  value: string;
  label: string;
}

export interface CatalogNames {
  capability(code: string): string;
  region(code: string): string;
  /**
   * Entries that may be chosen, plus any of `keep` (already chosen on the record) even if retired;
   * "all" for filters, where retired entries still find what uses them.
   */
  capabilityOptions(keep?: readonly string[] | "all"): Option[];
  regionOptions(keep?: readonly string[] | "all"): Option[];
  loaded: boolean;
}

export function useCatalog(): CatalogNames {
  const { i18n } = useTranslation();
  const language = i18n.language === "nl" ? "nl" : "en";
  const catalog = useOperation("catalog.list", {});
  const data = catalog.data;
  // One object per answer and language, so the lists and columns built from it are kept too.
  return useMemo(() => {
    const byCode = (entries: CatalogEntry[] | undefined) =>
      new Map((entries ?? []).map((e) => [e.code, e]));
    const capabilities = byCode(data?.capabilities);
    const regions = byCode(data?.regions);
    const options =
      (entries: Map<string, CatalogEntry>) =>
      (keep: readonly string[] | "all" = []) =>
        [...entries.values()]
          .filter((e) => !e.retired || keep === "all" || keep.includes(e.code))
          .map((e) => ({ value: e.code, label: e.names[language] }));
    return {
      capability: (code: string) =>
        capabilities.get(code)?.names[language] ?? code,
      region: (code: string) => regions.get(code)?.names[language] ?? code,
      capabilityOptions: options(capabilities),
      regionOptions: options(regions),
      loaded: data !== undefined,
    };
  }, [data, language]);
}
