import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconUserCircle } from "@tabler/icons-react";
import { useState } from "react";
import { roleLabels } from "../../../../shared/labels";
import { useOperation } from "../../api/use-operation";
import { useAuth } from "../../app/auth-context";
import { LoadState } from "../../components/LoadState";

/** Sign-in on a workstation: pick who you are. (Team mode will ask for a password.) */
export function SignInPage() {
  const users = useOperation("auth.users", {});
  const { signIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function choose(email: string) {
    setPending(email);
    setError(null);
    try {
      await signIn(email);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPending(null);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={440}>
        <Stack gap="lg">
          <Box>
            <Title order={1} size="h2">
              Cutr console
            </Title>
            <Text c="dimmed" size="sm">
              Choose who you are to sign in.
            </Text>
          </Box>
          {error && (
            <Alert color="red" title="Could not sign in">
              {error}
            </Alert>
          )}
          {!users.data ? (
            <LoadState
              error={users.error}
              retry={() => void users.refetch()}
              label="users"
            />
          ) : (
            <Stack gap="xs" role="list" aria-label="Users">
              {users.data.map((user) => (
                <Button
                  key={user.id}
                  role="listitem"
                  variant="default"
                  size="lg"
                  justify="flex-start"
                  leftSection={<IconUserCircle size={22} />}
                  loading={pending === user.email}
                  disabled={pending !== null}
                  onClick={() => void choose(user.email)}
                  aria-label={`Sign in as ${user.name}, ${roleLabels[user.role]}`}
                >
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={500}>{user.name}</Text>
                    <Text c="dimmed" size="sm">
                      {roleLabels[user.role]}
                    </Text>
                  </Group>
                </Button>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
