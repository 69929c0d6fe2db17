import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";

/** What a screen shows while its data loads or when loading failed (with a way to try again). */
export function LoadState({
  error,
  retry,
  label,
}: {
  error: Error | null;
  retry?: () => void;
  label: string;
}) {
  if (error) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} />}
        title={`Could not load ${label}`}
        m="md"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{error.message}</Text>
          {retry && (
            <Button size="xs" variant="light" color="red" onClick={retry}>
              Try again
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Center h={200} aria-busy="true">
      <Loader size="sm" aria-label={`Loading ${label}`} />
    </Center>
  );
}
