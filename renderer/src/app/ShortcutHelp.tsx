import { Group, Kbd, Stack, Table, Text } from "@mantine/core";
import { useDisclosure, useHotkeys } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Modal } from "../components/Modal";
import {
  keyCombosOf,
  shortcutItems,
  shortcuts,
  type ShortcutArea,
  type ShortcutId,
} from "./shortcuts";

const areaOrder: ShortcutArea[] = [
  "everywhere",
  "lists",
  "records",
  "dispatch",
  "quality",
  "messages",
  "dialogs",
];

const rows = (
  Object.entries(shortcuts) as [ShortcutId, (typeof shortcuts)[ShortcutId]][]
).sort(([, a], [, b]) => areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area));

/** "?" shows every keyboard shortcut of the console, from the table the handlers bind. */
export function ShortcutHelp() {
  const { t } = useTranslation("nav");
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys(shortcutItems("help", open));
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
            {rows.map(([id, s], i) => (
              <Table.Tr key={id}>
                <Table.Td>
                  {rows[i - 1]?.[1].area !== s.area && (
                    <Text size="xs" c="dimmed">
                      {t(`shortcuts.area.${s.area}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {keyCombosOf(s).map((combo, i) => (
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
                  <Text size="sm">{t(`shortcuts.does.${id}`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
