import { ActionIcon, Button, Group, Popover, TextInput } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Milestone } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

/** Removes a milestone after asking why; the reason shows in History. */
export function RemoveMilestoneButton({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation("orders");
  const { run, pending } = useChange();
  const [reason, setReason] = useState("");
  const name = milestone.name ?? t(`milestone.${milestone.kind}`);
  return (
    <Popover position="left" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          aria-label={t("removeMilestone.label", { name })}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t("removeMilestone.why", { name })}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            size="xs"
            maxLength={2000}
          />
          <Button
            size="xs"
            color="red"
            disabled={!reason.trim()}
            loading={pending}
            onClick={() =>
              void run(
                () =>
                  call("milestones.remove", {
                    milestoneId: milestone.id,
                    reason,
                  }),
                () => t("removeMilestone.done", { name }),
              )
            }
          >
            {t("removeMilestone.remove")}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
