import { Alert, Anchor, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOperation } from "../../api/use-operation";
import { formatInstant } from "../../components/format";

/** How often the note asks again: a sender looks for due emails every minute. */
const refreshMs = 60_000;

/**
 * Why queued emails wait, when they do: no SMTP server, sending switched off, or (team mode) no
 * running console that holds the SMTP password. Says nothing when this console sends them.
 */
export function OutboxSenderNote() {
  const { t } = useTranslation("outbox");
  const { data } = useOperation("outbox.sender", {}, { refreshMs });
  if (!data || data.sender === "thisConsole") return null;
  // In the text's own colour, underlined: the link blue is too faint on the note's orange.
  const settings = (
    <Anchor
      component={Link}
      to="/settings"
      inherit
      c="inherit"
      underline="always"
      fw={600}
    />
  );
  if (data.sender === "otherConsoles" && data.senderActive)
    return (
      <Text size="sm" c="dimmed">
        {t("sender.otherConsole", {
          when: formatInstant(data.senderLookedAt),
        })}
      </Text>
    );
  if (data.waiting === 0) return null;
  const reason =
    data.sender === "otherConsoles"
      ? data.senderLookedAt
        ? "sender.noConsoleSince"
        : "sender.noConsoleYet"
      : (`sender.${data.sender}` as const);
  return (
    <Alert color="orange" title={t("sender.waiting", { count: data.waiting })}>
      <Trans
        t={t}
        i18nKey={reason}
        values={{ when: formatInstant(data.senderLookedAt) }}
        components={{ settings }}
      />
    </Alert>
  );
}
