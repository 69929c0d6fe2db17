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
  const [kind, setKind] = useState<"positive" | "issues">("positive");
  const [text, setText] = useState("");
  const [aboutQuality, setAboutQuality] = useState(false);
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as "positive" | "issues")}
        data={[
          { value: "positive", label: "Positive" },
          { value: "issues", label: "Issues" },
        ]}
      />
      <Textarea
        label="What the customer said"
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
          label="The issues are about quality (caps the quality suggestion at 2)"
        />
      )}
      <Text size="xs" c="dimmed">
        {kind === "positive"
          ? "Positive feedback approves the order."
          : "Issues send the order to review until staff approve it."}
      </Text>
      <Group justify="flex-end">
        <Button
          disabled={!text.trim()}
          loading={pending}
          onClick={() => onSave(kind, text, kind === "issues" && aboutQuality)}
        >
          Save feedback
        </Button>
      </Group>
    </Stack>
  );
}
