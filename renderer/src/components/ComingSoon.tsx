import { Center, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** An area that is not built yet: says plainly what it will do, so nobody waits for a button. */
export function ComingSoon({
  title,
  icon,
  children,
}: {
  title: string;
  icon: ReactNode;
  children: ReactNode;
}) {
  return (
    <Center h="70vh">
      <Stack align="center" gap="sm" maw={520}>
        <ThemeIcon size={56} radius="xl" variant="light">
          {icon}
        </ThemeIcon>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed" ta="center">
          {children}
        </Text>
      </Stack>
    </Center>
  );
}
