import { Group, Kbd, Modal, Stack, Table, Text } from "@mantine/core";
import { useDisclosure, useHotkeys } from "@mantine/hooks";

const shortcuts: { area: string; keys: string[][]; does: string }[] = [
  {
    area: "Everywhere",
    keys: [["Ctrl", "K"]],
    does: "Search orders, partners, customers and messages",
  },
  { area: "Everywhere", keys: [["?"]], does: "This list of shortcuts" },
  { area: "Orders", keys: [["/"]], does: "Search the list" },
  {
    area: "Everywhere",
    keys: [["Tab"], ["Shift", "Tab"]],
    does: "Move between controls",
  },
  { area: "Quality review", keys: [["A"]], does: "Approve the photo" },
  {
    area: "Quality review",
    keys: [["R"], ["1"], ["…"], ["5"]],
    does: "Reject; a digit picks a quick reason",
  },
  {
    area: "Quality review",
    keys: [["J"], ["K"], ["↓"], ["↑"]],
    does: "Next and previous photo",
  },
  {
    area: "Quality review",
    keys: [["Z"]],
    does: "Zoom to the photo's own size",
  },
  { area: "Quality review", keys: [["U"]], does: "Undo your last decision" },
  { area: "Messages", keys: [["Ctrl", "Enter"]], does: "Send the message" },
  {
    area: "Messages",
    keys: [
      ["Ctrl", "B"],
      ["Ctrl", "I"],
      ["Ctrl", "U"],
    ],
    does: "Bold, italic, underline",
  },
  { area: "Dialogs", keys: [["Esc"]], does: "Close without saving" },
];

/** "?" shows every keyboard shortcut of the console. */
export function ShortcutHelp() {
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([
    ["shift+?", open],
    ["?", open],
  ]);
  return (
    <Modal opened={opened} onClose={close} title="Keyboard shortcuts" size="lg">
      <Stack gap="xs">
        <Table>
          <Table.Tbody>
            {shortcuts.map((s) => (
              <Table.Tr key={s.area + s.does}>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {s.area}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {s.keys.map((combo, i) => (
                      <Group key={i} gap={2} wrap="nowrap">
                        {i > 0 && (
                          <Text size="xs" c="dimmed" mx={2}>
                            or
                          </Text>
                        )}
                        {combo.map((k) => (
                          <Kbd key={k} size="xs">
                            {k}
                          </Kbd>
                        ))}
                      </Group>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.does}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
