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
import { useTranslation } from "react-i18next";
import { useOperation } from "../../api/use-operation";
import { useAuth } from "../../app/auth-context";
import { LanguagePicker } from "../../app/LanguagePicker";
import { LoadState } from "../../components/LoadState";
import { PasswordSignIn } from "./PasswordSignIn";

/** Sign-in: on a workstation, pick who you are; on a team's server, email address and password. */
export function SignInPage() {
  const { t } = useTranslation("signin");
  const mode = useOperation("auth.mode", {});
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={440}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Box>
              <Title order={1} size="h2">
                {t("title")}
              </Title>
              <Text c="dimmed" size="sm">
                {mode.data?.mode === "team"
                  ? t("intro.team")
                  : t("intro.local")}
              </Text>
            </Box>
            <LanguagePicker />
          </Group>
          {!mode.data ? (
            <LoadState
              error={mode.error}
              retry={() => void mode.refetch()}
              label={t("loading")}
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
  const { t } = useTranslation(["signin", "domain"]);
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
        <Alert color="red" title={t("failed")}>
          {error}
        </Alert>
      )}
      {!users.data ? (
        <LoadState
          error={users.error}
          retry={() => void users.refetch()}
          label={t("loadingUsers")}
        />
      ) : (
        <Stack gap="xs" role="list" aria-label={t("users")}>
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
              aria-label={t("signInAs", {
                name: user.name,
                role: t(`domain:role.${user.role}`),
              })}
            >
              <Group gap="xs" wrap="nowrap">
                <Text fw={500}>{user.name}</Text>
                <Text c="dimmed" size="sm">
                  {t(`domain:role.${user.role}`)}
                </Text>
              </Group>
            </Button>
          ))}
        </Stack>
      )}
    </>
  );
}
