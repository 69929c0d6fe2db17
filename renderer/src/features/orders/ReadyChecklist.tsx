import {
  Alert,
  Button,
  Group,
  List,
  Stack,
  Text,
  ThemeIcon,
} from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useOperation } from "../../api/use-operation";

/** The conditions of Ready, met or missing; marking ready waits until all are met. */
export function ReadyChecklist({
  orderId,
  pending,
  onConfirm,
}: {
  orderId: number;
  pending: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation(["orders"]);
  const readiness = useOperation("orders.readiness", { orderId });
  if (!readiness.data) return <Text size="sm">{t("ready.checking")}</Text>;
  const unmet = readiness.data.filter((c) => !c.met);
  return (
    <Stack gap="sm">
      <List spacing={6} size="sm" center>
        {readiness.data.map((c) => (
          <List.Item
            key={c.key}
            icon={
              <ThemeIcon
                size={18}
                radius="xl"
                color={c.met ? "green" : "red"}
                aria-label={c.met ? t("ready.met") : t("ready.missing")}
              >
                {c.met ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            {t(c.label.key, { ...c.label.values })}
          </List.Item>
        ))}
      </List>
      {unmet.length > 0 && (
        <Alert color="orange">
          {t("ready.unmet", { count: unmet.length })}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          disabled={unmet.length > 0}
          loading={pending}
          onClick={onConfirm}
        >
          {t("ready.confirm")}
        </Button>
      </Group>
    </Stack>
  );
}
