import { Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";

/** Delivered needs the confirmation that a signed copy of the packing slip exists. */
export function DeliveredForm({
  pending,
  onConfirm,
}: {
  pending: boolean;
  onConfirm(): void;
}) {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <Stack gap="sm">
      <Checkbox
        checked={confirmed}
        onChange={(e) => setConfirmed(e.currentTarget.checked)}
        label="A signed copy of the packing slip exists"
      />
      <Text size="xs" c="dimmed">
        Its scan can go in the Signed packing slip folder of the Files tab.
      </Text>
      <Group justify="flex-end">
        <Button disabled={!confirmed} loading={pending} onClick={onConfirm}>
          Mark delivered
        </Button>
      </Group>
    </Stack>
  );
}
