import { Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  isLanguage,
  languageNames,
  languages,
  type Language,
} from "../../../../shared/i18n/languages";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useCan } from "../../app/use-can";

/** The language of the partner's emails; whoever may change its communication setting changes it. */
export function EmailLanguageSetting({
  partnerId,
  value,
}: {
  partnerId: number;
  value: Language;
}) {
  const { t } = useTranslation("email");
  const mayChange = useCan("rate");
  const { run, pending } = useChange();
  if (!mayChange) return <Text size="sm">{languageNames[value]}</Text>;
  return (
    <Select
      size="xs"
      aria-label={t("setting.label")}
      data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
      value={value}
      allowDeselect={false}
      disabled={pending}
      onChange={(next) =>
        isLanguage(next) &&
        next !== value &&
        void run(
          () => call("partners.setLanguage", { partnerId, language: next }),
          () => t(`setting.changed.${next}`),
        )
      }
      w={220}
    />
  );
}
