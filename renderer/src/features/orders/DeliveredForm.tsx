import { Button, Checkbox, FileInput, Group, Stack, Text } from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Delivered needs the confirmation that a signed copy of the packing slip exists; its scan may go
 * along, into the order's Signed packing slip folder.
 */
export function DeliveredForm({
  pending,
  mayAttachScan,
  onConfirm,
}: {
  pending: boolean;
  mayAttachScan: boolean;
  onConfirm(scan: File | null): void;
}) {
  const { t } = useTranslation("orders");
  const [confirmed, setConfirmed] = useState(false);
  const [scan, setScan] = useState<File | null>(null);
  return (
    <Stack gap="sm">
      <Checkbox
        checked={confirmed}
        onChange={(e) => setConfirmed(e.currentTarget.checked)}
        label={t("delivered.slipExists")}
      />
      {mayAttachScan ? (
        <FileInput
          label={t("delivered.scan")}
          placeholder={t("delivered.scanPlaceholder")}
          accept="application/pdf,image/jpeg,image/png,image/webp"
          value={scan}
          onChange={setScan}
          clearable
          leftSection={<IconPaperclip size={16} />}
        />
      ) : (
        <Text size="xs" c="dimmed">
          {t("delivered.scanHint")}
        </Text>
      )}
      <Group justify="flex-end">
        <Button
          disabled={!confirmed}
          loading={pending}
          onClick={() => onConfirm(scan)}
        >
          {t("delivered.confirm")}
        </Button>
      </Group>
    </Stack>
  );
}
