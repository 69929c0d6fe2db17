import {
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The customer's feedback: positive approves the order, issues send it to review. */
export function FeedbackForm({
  pending,
  onSave,
}: {
  pending: boolean;
  onSave(
    kind: "positive" | "issues",
    text: string,
    aboutQuality: boolean,
  ): void;
}) {
  const { t } = useTranslation("orders");
  const [kind, setKind] = useState<"positive" | "issues">("positive");
  const [text, setText] = useState("");
  const [aboutQuality, setAboutQuality] = useState(false);
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as "positive" | "issues")}
        data={[
          { value: "positive", label: t("feedback.positive") },
          { value: "issues", label: t("feedback.issues") },
        ]}
      />
      <Textarea
        label={t("feedback.text")}
        required
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={5000}
      />
      {kind === "issues" && (
        <Checkbox
          checked={aboutQuality}
          onChange={(e) => setAboutQuality(e.currentTarget.checked)}
          label={t("feedback.aboutQuality")}
        />
      )}
      <Text size="xs" c="dimmed">
        {kind === "positive"
          ? t("feedback.positiveHint")
          : t("feedback.issuesHint")}
      </Text>
      <Group justify="flex-end">
        <Button
          disabled={!text.trim()}
          loading={pending}
          onClick={() => onSave(kind, text, kind === "issues" && aboutQuality)}
        >
          {t("feedback.save")}
        </Button>
      </Group>
    </Stack>
  );
}
