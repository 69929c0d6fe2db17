import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { milestoneKinds, type MilestoneKind } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { BusinessDateInput } from "../../components/BusinessDateInput";
import { formatDate } from "../../components/format";

/** Sets or moves a milestone, with the reason every change needs; the reason shows in History. */
export function MilestoneEditor({ orderId }: { orderId: number }) {
  const { t } = useTranslation("orders");
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
          label={t("milestoneEditor.milestone")}
          data={milestoneKinds.map((k) => ({
            value: k,
            label: t(`milestone.${k}`),
          }))}
          value={kind}
          onChange={(v) => v && setKind(v as MilestoneKind)}
          allowDeselect={false}
          w={200}
          size="xs"
        />
        {kind === "custom" && (
          <TextInput
            label={t("milestoneEditor.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={100}
            w={160}
            size="xs"
          />
        )}
        <BusinessDateInput
          label={t("milestoneEditor.date")}
          value={date}
          onChange={setDate}
          w={150}
          size="xs"
        />
        <TextInput
          label={t("milestoneEditor.reason")}
          placeholder={t("milestoneEditor.reasonPlaceholder")}
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
                t("milestoneEditor.done", {
                  name: kind === "custom" ? name : t(`milestone.${kind}`),
                  date: formatDate(date),
                }),
            ).then((ok) => {
              if (ok) {
                setDate("");
                setReason("");
                setName("");
              }
            })
          }
        >
          {t("milestoneEditor.set")}
        </Button>
      </Group>
    </Stack>
  );
}
