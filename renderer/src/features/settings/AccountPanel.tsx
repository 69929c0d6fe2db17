import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LanguagePicker } from "../../app/LanguagePicker";

/** What every user sets for themselves, whatever their role: the console's language. */
export function AccountPanel() {
  const { t } = useTranslation("settings");
  return (
    <Paper withBorder p="md" radius="md" maw={520}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("account.title")}
        </Title>
        <LanguagePicker />
      </Stack>
    </Paper>
  );
}
