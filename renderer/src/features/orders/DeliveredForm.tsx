import { Button, Checkbox, FileInput, Group, Stack, Text } from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { useState } from "react";

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
  const [confirmed, setConfirmed] = useState(false);
  const [scan, setScan] = useState<File | null>(null);
  return (
    <Stack gap="sm">
      <Checkbox
        checked={confirmed}
        onChange={(e) => setConfirmed(e.currentTarget.checked)}
        label="A signed copy of the packing slip exists"
      />
      {mayAttachScan ? (
        <FileInput
          label="Scan of the signed slip (optional)"
          placeholder="PDF or photo"
          accept="application/pdf,image/jpeg,image/png,image/webp"
          value={scan}
          onChange={setScan}
          clearable
          leftSection={<IconPaperclip size={16} />}
        />
      ) : (
        <Text size="xs" c="dimmed">
          Its scan can go in the Signed packing slip folder of the Files tab.
        </Text>
      )}
      <Group justify="flex-end">
        <Button
          disabled={!confirmed}
          loading={pending}
          onClick={() => onConfirm(scan)}
        >
          Mark delivered
        </Button>
      </Group>
    </Stack>
  );
}
