import { Group, Kbd, Stack, Table, Text } from "@mantine/core";
import { Modal } from "../components/Modal";
import { useDisclosure, useHotkeys } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
/** Where a shortcut works and what it does: keys of `nav:shortcuts.area` and `nav:shortcuts.does`. */
const shortcuts = [
  { area: "everywhere", keys: [["Ctrl", "K"]], does: "search" },
  { area: "everywhere", keys: [["?"]], does: "help" },
  { area: "orders", keys: [["/"]], does: "searchList" },
  { area: "everywhere", keys: [["Tab"], ["Shift", "Tab"]], does: "move" },
  { area: "quality", keys: [["A"]], does: "approve" },
  { area: "quality", keys: [["R"], ["1"], ["…"], ["5"]], does: "reject" },
  { area: "quality", keys: [["J"], ["K"], ["↓"], ["↑"]], does: "browse" },
  { area: "quality", keys: [["Z"]], does: "zoom" },
  { area: "quality", keys: [["U"]], does: "undo" },
  { area: "messages", keys: [["Ctrl", "Enter"]], does: "send" },
  {
    area: "messages",
    keys: [
      ["Ctrl", "B"],
      ["Ctrl", "I"],
      ["Ctrl", "U"],
    ],
    does: "format",
  },
  { area: "dialogs", keys: [["Esc"]], does: "close" },
] as const;

/** "?" shows every keyboard shortcut of the console. */
export function ShortcutHelp() {
  const { t } = useTranslation("nav");
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([
    ["shift+?", open],
    ["?", open],
  ]);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("shortcuts.title")}
      size="lg"
    >
      <Stack gap="xs">
        <Table>
          <Table.Tbody>
            {shortcuts.map((s) => (
              <Table.Tr key={s.does}>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {t(`shortcuts.area.${s.area}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {s.keys.map((combo, i) => (
                      <Group key={i} gap={2} wrap="nowrap">
                        {i > 0 && (
                          <Text size="xs" c="dimmed" mx={2}>
                            {t("shortcuts.or")}
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
                  <Text size="sm">{t(`shortcuts.does.${s.does}`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
