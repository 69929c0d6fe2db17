import { Button, Progress, Text, Tooltip } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UpdateState } from "../../../shared/update-state";

/**
 * The desktop console's own update, in the navigation: its download's progress, then "Restart to
 * update" once it is downloaded and checked. Nothing in browser mode or while there is no update.
 */
export function UpdateReady() {
  const { t } = useTranslation("nav");
  const bridge = window.cutr;
  const [state, setState] = useState<UpdateState>({ status: "idle" });

  useEffect(() => {
    if (!bridge) return;
    bridge
      .updateState()
      .then((envelope) => {
        if (envelope.ok) setState(envelope.value);
      })
      .catch(() => undefined); // no update to tell of

    return bridge.on((event) => {
      if (event.type === "update") setState(event.payload as UpdateState);
    });
  }, [bridge]);

  if (!bridge) return null;
  if (state.status === "downloading")
    return (
      <div>
        <Text size="xs" c="dimmed" mb={4}>
          {t("update.downloading", { percent: state.percent })}
        </Text>
        <Progress value={state.percent} size="xs" aria-hidden />
      </div>
    );
  if (state.status !== "ready") return null;
  return (
    <Tooltip
      label={t("update.readyHint", { version: state.version })}
      multiline
      w={240}
    >
      <Button
        size="xs"
        variant="light"
        fullWidth
        onClick={() => void bridge.restartToUpdate()}
      >
        {t("update.ready")}
      </Button>
    </Tooltip>
  );
}
