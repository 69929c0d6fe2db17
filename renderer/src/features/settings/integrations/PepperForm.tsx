import { Alert, Button, Group, PasswordInput, Stack } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PepperState } from "../../../../../shared/contract";
import { call } from "../../../api/client";
import { useChange } from "../../../api/use-change";

const minLength = 32;

/** The team service's API-key pepper, kept in this console's secret store: keys are hashed with it. */
export function PepperForm({
  state,
}: {
  state: Exclude<PepperState, "ready">;
}) {
  const { t } = useTranslation("settings");
  const { run, pending } = useChange();
  const [pepper, setPepper] = useState("");
  const tooShort = pepper.length > 0 && pepper.length < minLength;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => call("integrations.setPepper", { pepper }),
      () => t("integrations.pepperSaved"),
    );
    if (saved) setPepper("");
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={t("integrations.pepperLabel")}
    >
      <Stack gap="xs">
        <Alert color={state === "differs" ? "red" : "blue"} variant="light">
          {state === "differs"
            ? t("integrations.pepperDiffers")
            : t("integrations.pepperMissing")}
        </Alert>
        <Group align="flex-end" gap="xs">
          <PasswordInput
            label={t("integrations.pepperLabel")}
            description={t("integrations.pepperHelp", { count: minLength })}
            required
            w={420}
            value={pepper}
            error={
              tooShort
                ? t("integrations.pepperShort", { count: minLength })
                : undefined
            }
            onChange={(e) => setPepper(e.currentTarget.value)}
          />
          <Button
            type="submit"
            loading={pending}
            disabled={pepper.length < minLength}
          >
            {t("integrations.pepperSave")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
