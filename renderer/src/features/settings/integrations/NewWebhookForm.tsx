import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  webhookEvents,
  type WebhookEvent,
} from "../../../../../shared/contract";
import { call } from "../../../api/client";
import { useChange } from "../../../api/use-change";
import { CodeChoices } from "./CodeChoices";
import { ShownOnceDialog } from "./ShownOnceDialog";

/** i18next reads dots as nesting: event keys use _ for them. */
const eventKey = (event: WebhookEvent) =>
  event.replace(".", "_") as "order_assigned";

/** Sends an integration's chosen events to an address; the signing secret is shown once. */
export function NewWebhookForm({ integrationId }: { integrationId: number }) {
  const { t } = useTranslation("settings");
  const { run, pending } = useChange();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [secret, setSecret] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const made = await run(
      () =>
        call("integrations.subscribe", {
          integrationId,
          url: url.trim(),
          events,
        }),
      () => null,
    );
    if (made) {
      setSecret(made.signingSecret);
      setUrl("");
      setEvents([]);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("webhooks.newTitle")}>
      <Stack gap="xs">
        <Text fw={500} size="sm">
          {t("webhooks.newTitle")}
        </Text>
        <TextInput
          label={t("webhooks.url")}
          description={t("webhooks.urlHelp")}
          placeholder={t("webhooks.urlPlaceholder")}
          required
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
        <CodeChoices
          label={t("webhooks.events")}
          codes={webhookEvents}
          value={events}
          onChange={setEvents}
          describe={(name) => t(`webhooks.event.${eventKey(name)}`)}
        />
        <Group>
          <Button
            type="submit"
            loading={pending}
            disabled={url.trim() === "" || events.length === 0}
          >
            {t("webhooks.subscribe")}
          </Button>
        </Group>
      </Stack>
      <ShownOnceDialog
        title={t("webhooks.secretTitle")}
        warning={t("webhooks.secretOnce")}
        label={t("webhooks.secretLabel")}
        value={secret}
        onClose={() => setSecret(null)}
      />
    </form>
  );
}
