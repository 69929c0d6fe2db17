import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PolicySchema, type Policy } from "../../../../shared/policy";
import { call } from "../../api/client";

type ScalarKey = Exclude<
  keyof Policy,
  | "deliveryLateDays"
  | "budgetOverPercent"
  | "maxFileBytes"
  | "cancellationCountsByDefault"
>;

const scalarFields: {
  key: ScalarKey;
  label: string;
  description: string;
  step?: number;
  decimals?: number;
}[] = [
  {
    key: "highlyRatedFrom",
    label: "Highly rated from",
    description: "Rating at or above: key-account orders",
    step: 0.1,
    decimals: 2,
  },
  {
    key: "compliantFrom",
    label: "Compliant from",
    description: "Rating at or above; below is lower",
    step: 0.1,
    decimals: 2,
  },
  {
    key: "ratingWindowMonths",
    label: "Rating window (months)",
    description: "Order scores older than this do not count",
  },
  {
    key: "cancellationScore",
    label: "Cancellation score",
    description: "Order score of a cancellation that counts",
    step: 0.5,
    decimals: 1,
  },
  {
    key: "inTimeNoticeDays",
    label: "Delay reported in time (days)",
    description: "Days of notice before the replaced date",
  },
  {
    key: "todoDueDays",
    label: "To-dos due (days)",
    description: "Calendar days after assignment",
  },
  {
    key: "feedbackWindowDays",
    label: "Feedback window (days)",
    description: "Then the order is approved automatically",
  },
  {
    key: "ratingNoticeWorkingDays",
    label: "Rating notice (working days)",
    description: "After approval, at 09:00",
  },
  {
    key: "replyWithinBusinessHours",
    label: "Reply within (business hours)",
    description: "Then a waiting thread is overdue",
  },
  {
    key: "backupDailyKeep",
    label: "Daily backups kept",
    description: "The newest daily backups",
  },
  {
    key: "backupWeeklyKeep",
    label: "Weekly backups kept",
    description: "Older ones: the newest of each week",
  },
];

const bandLabels = [
  "5 stars up to",
  "4 stars up to",
  "3 stars up to",
  "2 stars up to",
];

/** The rating and dispatch policy: admins change it; everyone sees what is in force. */
export function PolicyForm({
  policy,
  editable,
}: {
  policy: Policy;
  editable: boolean;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Policy>(policy);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = JSON.stringify(draft) !== JSON.stringify(policy);

  async function save() {
    const parsed = PolicySchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(
        `${issue?.path.join(".") ?? "policy"}: ${issue?.message ?? "invalid"}`,
      );
    }
    setSaving(true);
    setError(null);
    try {
      const result = await call("settings.updatePolicy", {
        policy: parsed.data,
      });
      notifications.show({
        color: "green",
        title: "Policy saved",
        message: `${result.partnersRecomputed} partners recomputed; ${result.tierChanges} changed tier.`,
      });
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  const band = (
    key: "deliveryLateDays" | "budgetOverPercent",
    unit: string,
  ) => (
    <SimpleGrid cols={4} spacing="xs">
      {draft[key].map((value, i) => (
        <NumberInput
          key={i}
          label={`${bandLabels[i]} (${unit})`}
          value={value}
          min={0}
          disabled={!editable}
          onChange={(v) =>
            setDraft((d) => {
              const next = [...d[key]] as Policy[typeof key];
              next[i] = Number(v) || 0;
              return { ...d, [key]: next };
            })
          }
        />
      ))}
    </SimpleGrid>
  );

  return (
    <Paper withBorder p="md" radius="md" maw={900}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            Rating policy
          </Title>
          <Text size="sm" c="dimmed">
            {editable
              ? "Saving recomputes every partner's rating and tier at once."
              : "Only admins change the policy. This is what is in force."}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          {scalarFields.map((f) => (
            <NumberInput
              key={f.key}
              label={f.label}
              description={f.description}
              value={draft[f.key]}
              step={f.step ?? 1}
              decimalScale={f.decimals ?? 0}
              disabled={!editable}
              onChange={(v) => setDraft((d) => ({ ...d, [f.key]: Number(v) }))}
            />
          ))}
        </SimpleGrid>
        <Switch
          label="A cancelled assignment counts toward the partner's rating unless the dispatcher excuses it"
          checked={draft.cancellationCountsByDefault}
          disabled={!editable}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setDraft((d) => ({ ...d, cancellationCountsByDefault: checked }));
          }}
        />
        <Text fw={500} size="sm">
          Suggested delivery-time stars: days late
        </Text>
        {band("deliveryLateDays", "days")}
        <Text fw={500} size="sm">
          Suggested budget stars: percent over the agreed amount
        </Text>
        {band("budgetOverPercent", "%")}
        {error && (
          <Alert color="red" title="Not saved">
            {error}
          </Alert>
        )}
        {editable && (
          <Group justify="flex-end">
            <Button
              variant="default"
              disabled={!changed || saving}
              onClick={() => setDraft(policy)}
            >
              Undo changes
            </Button>
            <Button
              disabled={!changed}
              loading={saving}
              onClick={() => void save()}
            >
              Save and recompute
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
