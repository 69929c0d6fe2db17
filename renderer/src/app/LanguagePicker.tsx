import { SegmentedControl, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import {
  languageNames,
  languages,
  type Language,
} from "../../../shared/i18n/languages";
import { chooseBeforeSignIn, currentLanguage } from "../i18n/i18n";
import { useAuth } from "./auth-context";

const options = languages.map((value) => ({
  value,
  label: languageNames[value],
}));

/**
 * The console's language. Signed in, the choice is saved with the user (and follows them to any
 * console); on the sign-in screen it changes the screen at once and becomes the language of
 * whoever signs in next.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { user, setLanguage } = useAuth();

  const choose = async (value: string) => {
    const language = value as Language;
    try {
      if (user) await setLanguage(language);
      else chooseBeforeSignIn(language);
    } catch (error) {
      notifications.show({
        color: "red",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="language-label">
        {t("language")}
      </Text>
      <SegmentedControl
        size="xs"
        w="fit-content"
        aria-labelledby="language-label"
        data={options}
        value={user?.language ?? currentLanguage()}
        onChange={(value) => void choose(value)}
      />
      {user && (
        <Text size="xs" c="dimmed">
          {t("languageHint")}
        </Text>
      )}
    </Stack>
  );
}
