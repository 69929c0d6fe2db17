import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { milestoneKinds, type MilestoneKind } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { milestoneLabels } from "./order-labels";

/** Sets or moves a milestone, with the reason every change needs; the reason shows in History. */
export function MilestoneEditor({ orderId }: { orderId: number }) {
  const { run, pending } = useChange();
  const [kind, setKind] = useState<MilestoneKind>("measure_up");
  const [name, setName] = useState("");
  const [date, setDate] = useState("");
  const [reason, setReason] = useState("");
  const valid = date && reason.trim() && (kind !== "custom" || name.trim());
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label="Milestone"
          data={milestoneKinds.map((k) => ({
            value: k,
            label: milestoneLabels[k],
          }))}
          value={kind}
          onChange={(v) => v && setKind(v as MilestoneKind)}
          allowDeselect={false}
          w={200}
          size="xs"
        />
        {kind === "custom" && (
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={100}
            w={160}
            size="xs"
          />
        )}
        <TextInput
          label="Date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          w={150}
          size="xs"
        />
        <TextInput
          label="Reason"
          placeholder="Agreed at the kick-off"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={2000}
          style={{ flex: 1 }}
          miw={180}
          size="xs"
        />
        <Button
          size="xs"
          disabled={!valid}
          loading={pending}
          onClick={() =>
            void run(
              () =>
                call("milestones.set", {
                  orderId,
                  kind,
                  date,
                  reason,
                  ...(kind === "custom" ? { name } : {}),
                }),
              () =>
                `${kind === "custom" ? name : milestoneLabels[kind]} set to ${date}.`,
            ).then((ok) => {
              if (ok) {
                setDate("");
                setReason("");
                setName("");
              }
            })
          }
        >
          Set
        </Button>
      </Group>
    </Stack>
  );
}
