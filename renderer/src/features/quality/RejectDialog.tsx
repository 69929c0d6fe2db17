import {
  Button,
  Group,
  Kbd,
  Modal,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
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
  const [typed, setTyped] = useState("");
  const reject = (reason: string) => {
    setTyped("");
    onReject(reason);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Reject ${fileName}`}
      size="md"
      onKeyDown={(event) => {
        const index = Number(event.key) - 1;
        const quick = quickRejectionReasons[index];
        if (quick && !(event.target instanceof HTMLInputElement)) {
          event.preventDefault();
          reject(quick);
        }
      }}
    >
      <Stack gap="xs">
        <Text size="sm">Pick a reason (press its number) or type one.</Text>
        {quickRejectionReasons.map((reason, index) => (
          <Button
            key={reason}
            variant="default"
            justify="flex-start"
            leftSection={<Kbd size="xs">{index + 1}</Kbd>}
            onClick={() => reject(reason)}
          >
            {reason}
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
              label="Other reason"
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              maxLength={500}
              style={{ flex: 1 }}
            />
            <Button type="submit" color="red" disabled={!typed.trim()}>
              Reject
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}
