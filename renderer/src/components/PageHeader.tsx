import { Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A screen's title with its count on the left and its filters on the right. */
export function PageHeader({
  title,
  summary,
  extra,
  children,
}: {
  title: string;
  /** A quiet line beside the title, e.g. "62 waiting"; announced when it changes. */
  summary?: ReactNode;
  /** More beside the summary (e.g. an undo hint). */
  extra?: ReactNode;
  /** The screen's filters. */
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="md">
        <Title order={1} size="h3">
          {title}
        </Title>
        {summary !== undefined && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {summary}
          </Text>
        )}
        {extra}
      </Group>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
