import { ActionIcon, Button, Group, Popover, TextInput } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import type { Milestone } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { milestoneLabels } from "./order-labels";

/** Removes a milestone after asking why; the reason shows in History. */
export function RemoveMilestoneButton({ milestone }: { milestone: Milestone }) {
  const { run, pending } = useChange();
  const [reason, setReason] = useState("");
  const label = milestone.name ?? milestoneLabels[milestone.kind];
  return (
    <Popover position="left" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          aria-label={`Remove ${label}`}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Group gap="xs" align="flex-end">
          <TextInput
            label={`Why remove ${label}?`}
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
                () => `${label} removed.`,
              )
            }
          >
            Remove
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
