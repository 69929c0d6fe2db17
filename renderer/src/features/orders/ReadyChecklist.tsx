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
  const readiness = useOperation("orders.readiness", { orderId });
  if (!readiness.data) return <Text size="sm">Checking the conditions…</Text>;
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
                aria-label={c.met ? "met" : "missing"}
              >
                {c.met ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            {c.label}
          </List.Item>
        ))}
      </List>
      {unmet.length > 0 && (
        <Alert color="orange">
          {unmet.length}{" "}
          {unmet.length === 1 ? "condition is" : "conditions are"} missing: the
          order cannot be marked ready yet.
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          disabled={unmet.length > 0}
          loading={pending}
          onClick={onConfirm}
        >
          Mark ready
        </Button>
      </Group>
    </Stack>
  );
}
