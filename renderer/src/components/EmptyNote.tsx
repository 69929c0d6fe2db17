import { Text } from "@mantine/core";

/** A quiet line that says why a section is empty and what fills it. */
export function EmptyNote({ children }: { children: string }) {
  return (
    <Text c="dimmed" size="sm">
      {children}
    </Text>
  );
}
