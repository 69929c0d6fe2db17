import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** What a screen shows while its data loads or when loading failed (with a way to try again). */
export function LoadState({
  error,
  retry,
  label,
}: {
  error: Error | null;
  retry?: () => void;
  /** What is loading, in the user's language, as it reads inside a sentence ("the orders"). */
  label: string;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} />}
        title={t("loadFailed", { what: label })}
        m="md"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{error.message}</Text>
          {retry && (
            <Button size="xs" variant="light" color="red" onClick={retry}>
              {t("tryAgain")}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Center h={200} aria-busy="true">
      {/* A role that may carry a name: axe refuses aria-label on a bare span. */}
      <Loader
        size="sm"
        role="status"
        aria-label={t("loading", { what: label })}
      />
    </Center>
  );
}
