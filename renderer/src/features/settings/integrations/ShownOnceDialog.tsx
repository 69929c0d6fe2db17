import { Alert, Button, Code, CopyButton, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Modal } from "../../../components/Modal";

/** A secret shown this once (an API key, a signing secret), to copy before the dialog closes. */
export function ShownOnceDialog({
  title,
  warning,
  label,
  value,
  onClose,
}: {
  title: string;
  warning: string;
  label: string;
  /** The secret; null closes the dialog. */
  value: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation("settings");
  return (
    // Closed only by its button: Escape or a click beside it would lose the secret for good.
    <Modal
      opened={value !== null}
      onClose={onClose}
      title={title}
      centered
      size="lg"
      closeOnEscape={false}
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      <Stack gap="sm">
        <Alert color="orange" variant="light">
          {warning}
        </Alert>
        <Code block aria-label={label}>
          {value}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={value ?? ""}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                color={copied ? "green" : "blue"}
                onClick={copy}
              >
                {copied ? t("integrations.copied") : t("integrations.copy")}
              </Button>
            )}
          </CopyButton>
          <Button data-autofocus onClick={onClose}>
            {t("integrations.keyDone")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
