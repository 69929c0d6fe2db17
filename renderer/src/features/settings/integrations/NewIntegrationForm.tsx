import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  integrationScopes,
  type IntegrationScope,
} from "../../../../../shared/contract";
import { call } from "../../../api/client";
import { useChange } from "../../../api/use-change";
import { CodeChoices } from "./CodeChoices";
import { ShownOnceDialog } from "./ShownOnceDialog";

/** i18next reads a colon as a namespace: scope keys use _ for it. */
const scopeKey = (scope: IntegrationScope) =>
  scope.replace(":", "_") as "orders_read";

/** A new integration with the operations its key may call; its key is shown once, to copy. */
export function NewIntegrationForm() {
  const { t } = useTranslation("settings");
  const { run, pending } = useChange();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<IntegrationScope[]>([]);
  const [made, setMade] = useState<{ name: string; key: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await run(
      () => call("integrations.create", { name: name.trim(), scopes }),
      () => null,
    );
    if (created) {
      setMade({ name: created.integration.name, key: created.key });
      setName("");
      setScopes([]);
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={t("integrations.newTitle")}
    >
      <Stack gap="xs">
        <Text fw={500} size="sm">
          {t("integrations.newTitle")}
        </Text>
        <TextInput
          label={t("integrations.name")}
          description={t("integrations.nameHelp")}
          required
          w={320}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <CodeChoices
          label={t("integrations.scopes")}
          codes={integrationScopes}
          value={scopes}
          onChange={setScopes}
          describe={(scope) => t(`integrations.scope.${scopeKey(scope)}`)}
        />
        <Group>
          <Button
            type="submit"
            loading={pending}
            disabled={name.trim() === "" || scopes.length === 0}
          >
            {t("integrations.create")}
          </Button>
        </Group>
      </Stack>
      <ShownOnceDialog
        title={t("integrations.keyTitle", { name: made?.name ?? "" })}
        warning={t("integrations.keyOnce")}
        label={t("integrations.keyLabel")}
        value={made?.key ?? null}
        onClose={() => setMade(null)}
      />
    </form>
  );
}
