import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { BusinessDateInput } from "../../components/BusinessDateInput";
import { formatDate } from "../../components/format";

/** Days Cutr is closed besides the Dutch public holidays: they do not count as working days. */
export function ClosingDays({ editable }: { editable: boolean }) {
  const { t } = useTranslation("settings");
  const queryClient = useQueryClient();
  const days = useOperation("calendar.closingDays", {});
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await queryClient.invalidateQueries({
        queryKey: ["calendar.closingDays"],
      });
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return (
    <Paper withBorder p="md" radius="md" maw={900}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t("closingDays.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("closingDays.intro")}
          </Text>
        </div>
        {days.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("closingDays.none")}
          </Text>
        )}
        {days.data && days.data.length > 0 && (
          <Table>
            <Table.Tbody>
              {days.data.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Td w={160}>{formatDate(d.date)}</Table.Td>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td w={50}>
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("closingDays.remove", { name: d.name })}
                        onClick={() =>
                          void run(() =>
                            call("calendar.removeClosingDay", { date: d.date }),
                          )
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {editable && (
          <Group align="flex-end" gap="xs">
            <BusinessDateInput
              label={t("closingDays.date")}
              value={date}
              onChange={setDate}
              w={180}
            />
            <TextInput
              label={t("closingDays.name")}
              placeholder={t("closingDays.namePlaceholder")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={100}
              w={280}
            />
            <Button
              disabled={!date || !name.trim()}
              onClick={() =>
                void run(() =>
                  call("calendar.addClosingDay", { date, name }),
                ).then((ok) => {
                  if (ok) {
                    setDate("");
                    setName("");
                  }
                })
              }
            >
              {t("closingDays.add")}
            </Button>
          </Group>
        )}
        {error && <Alert color="red">{error}</Alert>}
      </Stack>
    </Paper>
  );
}
