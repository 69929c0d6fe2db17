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
import { decimalSeparator } from "../../components/format";
import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { PolicySchema, type Policy } from "../../../../shared/policy";
import { call } from "../../api/client";
import { PolicyPreviewPanel } from "./PolicyPreviewPanel";

type ScalarKey = Exclude<
  keyof Policy,
  | "deliveryLateDays"
  | "budgetOverPercent"
  | "communicationLatePercent"
  | "qualityRejections"
  | "maxFileBytes"
  | "cancellationCountsByDefault"
>;

type BandKey =
  "deliveryLateDays" | "budgetOverPercent" | "communicationLatePercent";

/** The single numbers; each is labelled by `settings:policy.field.<key>`. */
const scalarFields: { key: ScalarKey; step?: number; decimals?: number }[] = [
  { key: "highlyRatedFrom", step: 0.1, decimals: 2 },
  { key: "compliantFrom", step: 0.1, decimals: 2 },
  { key: "ratingWindowMonths" },
  { key: "cancellationScore", step: 0.5, decimals: 1 },
  { key: "inTimeNoticeDays" },
  { key: "todoDueDays" },
  { key: "feedbackWindowDays" },
  { key: "ratingNoticeWorkingDays" },
  { key: "replyWithinBusinessHours" },
  { key: "businessDayStartHour" },
  { key: "businessDayEndHour" },
  { key: "digestHour" },
  { key: "ratingNoticeHour" },
  { key: "meetingFirstProposalWorkingDays" },
  { key: "meetingSecondProposalWorkingDays" },
  { key: "qualityComplaintCap" },
  { key: "backupDailyKeep" },
  { key: "backupWeeklyKeep" },
];

/** The star bands: their heading and the unit of their limits. */
const bands = {
  deliveryLateDays: { heading: "deliveryBands", unit: "days" },
  budgetOverPercent: { heading: "budgetBands", unit: "percent" },
  communicationLatePercent: { heading: "communicationBands", unit: "percent" },
  qualityRejections: { heading: "qualityBands", unit: "rejections" },
} as const;

const bandKeys = Object.keys(bands) as BandKey[];

const isScalar = (key: unknown): key is ScalarKey =>
  scalarFields.some((f) => f.key === key);
const isBand = (key: unknown): key is BandKey =>
  bandKeys.some((b) => b === key);

/** What is wrong with a draft, in the user's language: the field's name and the problem. */
function describeIssue(issue: z.core.$ZodIssue, t: TFunction<"settings">) {
  const key = issue.path[0];
  const field = isScalar(key)
    ? t(`policy.field.${key}.label`)
    : isBand(key)
      ? t(`policy.${bands[key].heading}`)
      : String(key);
  return t("policy.invalid", { field, problem: problemOf(issue, t) });
}

function problemOf(issue: z.core.$ZodIssue, t: TFunction<"settings">) {
  switch (issue.code) {
    case "too_small":
      return t("policy.problem.atLeast", { limit: Number(issue.minimum) });
    case "too_big":
      return t("policy.problem.atMost", { limit: Number(issue.maximum) });
    case "invalid_type":
      return t("policy.problem.wholeNumber");
    case "custom":
      // PolicySchema's own rules, told apart by the field they name.
      if (isBand(issue.path[0])) return t("policy.problem.ascending");
      if (issue.path[0] === "businessDayEndHour")
        return t("policy.problem.endAfterStart");
      if (issue.path[0] === "meetingSecondProposalWorkingDays")
        return t("policy.problem.secondAfterFirst");
      return issue.message.includes("decimals")
        ? t("policy.problem.hundredths")
        : t("policy.problem.belowHighlyRated");
    default:
      return t("policy.problem.invalid");
  }
}

/** The rating and dispatch policy: admins change it; everyone sees what is in force. */
export function PolicyForm({
  policy,
  editable,
}: {
  policy: Policy;
  editable: boolean;
}) {
  const { t } = useTranslation("settings");
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Policy>(policy);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = JSON.stringify(draft) !== JSON.stringify(policy);

  async function save() {
    const parsed = PolicySchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(issue ? describeIssue(issue, t) : t("policy.notSaved"));
    }
    setSaving(true);
    setError(null);
    try {
      const result = await call("settings.updatePolicy", {
        policy: parsed.data,
      });
      notifications.show({
        color: "green",
        title: t("policy.saved"),
        message: t("policy.recomputed", {
          partners: result.partnersRecomputed,
          changes: result.tierChanges,
        }),
      });
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  const band = (key: BandKey) => (
    <Fragment key={key}>
      <Text fw={500} size="sm">
        {t(`policy.${bands[key].heading}`)}
      </Text>
      <SimpleGrid cols={4} spacing="xs">
        {draft[key].map((value, i) => (
          <NumberInput
            key={i}
            label={t("policy.band", {
              stars: 5 - i,
              unit: t(`policy.unit.${bands[key].unit}`),
            })}
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
    </Fragment>
  );

  return (
    <Paper withBorder p="md" radius="md" maw={900}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t("policy.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {editable ? t("policy.intro.editable") : t("policy.intro.readOnly")}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          {scalarFields.map((f) => (
            <NumberInput
              key={f.key}
              label={t(`policy.field.${f.key}.label`)}
              description={t(`policy.field.${f.key}.description`)}
              value={draft[f.key]}
              step={f.step ?? 1}
              decimalScale={f.decimals ?? 0}
              decimalSeparator={decimalSeparator()}
              disabled={!editable}
              onChange={(v) => setDraft((d) => ({ ...d, [f.key]: Number(v) }))}
            />
          ))}
        </SimpleGrid>
        <Switch
          label={t("policy.cancellationCounts")}
          checked={draft.cancellationCountsByDefault}
          disabled={!editable}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setDraft((d) => ({ ...d, cancellationCountsByDefault: checked }));
          }}
        />
        {bandKeys.map(band)}
        {editable && changed && PolicySchema.safeParse(draft).success && (
          <PolicyPreviewPanel draft={draft} />
        )}
        {error && (
          <Alert color="red" title={t("policy.notSaved")}>
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
              {t("policy.undo")}
            </Button>
            <Button
              disabled={!changed}
              loading={saving}
              onClick={() => void save()}
            >
              {t("policy.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
