import { Button, Group, Kbd, Stack, Text, TextInput } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { quickRejectionReasons } from "../../../../shared/labels";

/**
 * Asks why a file is rejected: a digit picks a quick reason and rejects at once; any other
 * reason may be typed and confirmed with Enter.
 */
export function RejectDialog({
  fileName,
  opened,
  onClose,
  onReject,
}: {
  fileName: string;
  opened: boolean;
  onClose: () => void;
  onReject: (reason: string) => void;
}) {
  const { t } = useTranslation(["quality", "domain"]);
  const [typed, setTyped] = useState("");
  const reject = (reason: string) => {
    setTyped("");
    onReject(reason);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("reject.title", { name: fileName })}
      size="md"
      onKeyDown={(event) => {
        const index = Number(event.key) - 1;
        const quick = quickRejectionReasons[index];
        if (quick && !(event.target instanceof HTMLInputElement)) {
          event.preventDefault();
          reject(t(`domain:quickRejectionReason.${quick}`));
        }
      }}
    >
      <Stack gap="xs">
        <Text size="sm">{t("reject.hint")}</Text>
        {quickRejectionReasons.map((reason, index) => (
          <Button
            key={reason}
            variant="default"
            justify="flex-start"
            leftSection={<Kbd size="xs">{index + 1}</Kbd>}
            onClick={() => reject(t(`domain:quickRejectionReason.${reason}`))}
          >
            {t(`domain:quickRejectionReason.${reason}`)}
          </Button>
        ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim()) reject(typed.trim());
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t("reject.otherReason")}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              maxLength={500}
              style={{ flex: 1 }}
            />
            <Button type="submit" color="red" disabled={!typed.trim()}>
              {t("reject.reject")}
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}
