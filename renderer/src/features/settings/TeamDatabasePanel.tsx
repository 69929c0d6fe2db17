import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";

/** Admin: which database this console uses from its next start (the local file or a team's server). */
export function TeamDatabasePanel() {
  const view = useOperation("settings.teamDatabase", {});
  const { run, pending } = useChange();
  const [url, setUrl] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => call("settings.setTeamDatabase", { url: url.trim() }),
      () => "The team server answered. Restart the console to work on it.",
    );
    if (saved) setUrl("");
  }

  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            Team database
          </Title>
          <Text size="sm" c="dimmed">
            Work on your team&apos;s shared PostgreSQL server instead of the
            database on this computer. The change takes effect when the console
            is restarted.
          </Text>
        </div>
        {!view.data ? (
          <LoadState
            error={view.error}
            retry={() => void view.refetch()}
            label="the database settings"
          />
        ) : (
          <>
            <Text size="sm">
              Now:{" "}
              {view.data.active === "team"
                ? `the team server ${view.data.activeServer ?? ""}`
                : "the database on this computer"}
              . From the next start:{" "}
              {view.data.saved
                ? `the team server ${view.data.saved}`
                : "the database on this computer"}
              .
            </Text>
            {view.data.fromEnvironment && (
              <Alert color="yellow">
                CUTR_DATABASE_URL is set for this console: it wins over what is
                saved here.
              </Alert>
            )}
            <form onSubmit={(e) => void save(e)} aria-label="Team server">
              <Group align="flex-end" gap="xs">
                <PasswordInput
                  label="Server address"
                  description={`postgres://user:password@host:5432/database; kept on this computer, ${view.data.protection}`}
                  placeholder="postgres://cutr:…@db.example:5432/cutr"
                  value={url}
                  onChange={(e) => setUrl(e.currentTarget.value)}
                  w={480}
                  required
                />
                <Button type="submit" loading={pending} disabled={!url.trim()}>
                  Check and save
                </Button>
              </Group>
            </form>
            {view.data.saved && (
              <Group>
                <Button
                  variant="default"
                  loading={pending}
                  onClick={() =>
                    void run(
                      () => call("settings.setTeamDatabase", { url: null }),
                      () =>
                        "From the next start the console uses the database on this computer.",
                    )
                  }
                >
                  Use the database on this computer again
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
