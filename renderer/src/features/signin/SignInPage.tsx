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
import { PasswordSignIn } from "./PasswordSignIn";

/** Sign-in: on a workstation, pick who you are; on a team's server, email address and password. */
export function SignInPage() {
  const mode = useOperation("auth.mode", {});
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={440}>
        <Stack gap="lg">
          <Box>
            <Title order={1} size="h2">
              Cutr console
            </Title>
            <Text c="dimmed" size="sm">
              {mode.data?.mode === "team"
                ? "Sign in with your email address and password."
                : "Choose who you are to sign in."}
            </Text>
          </Box>
          {!mode.data ? (
            <LoadState
              error={mode.error}
              retry={() => void mode.refetch()}
              label="the sign-in"
            />
          ) : mode.data.mode === "team" ? (
            <PasswordSignIn />
          ) : (
            <ChooseUser />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

function ChooseUser() {
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
    <>
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
    </>
  );
}
