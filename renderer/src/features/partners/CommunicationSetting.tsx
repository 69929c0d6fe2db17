import { Select, Text } from "@mantine/core";
import {
  communicationSettings,
  type CommunicationSetting as Setting,
} from "../../../../shared/domain";
import { communicationSettingLabels } from "../../../../shared/labels";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useCan } from "../../app/use-can";

/** Whether the partner's orders may have a Customer thread; account managers and admins change it. */
export function CommunicationSetting({
  partnerId,
  value,
}: {
  partnerId: number;
  value: Setting;
}) {
  const mayChange = useCan("rate");
  const { run, pending } = useChange();
  if (!mayChange)
    return <Text size="sm">{communicationSettingLabels[value]}</Text>;
  return (
    <Select
      size="xs"
      aria-label="Messages with customers"
      data={communicationSettings.map((s) => ({
        value: s,
        label: communicationSettingLabels[s],
      }))}
      value={value}
      allowDeselect={false}
      disabled={pending}
      onChange={(next) =>
        next &&
        next !== value &&
        void run(
          () =>
            call("partners.setCommunication", {
              partnerId,
              setting: next as Setting,
            }),
          () =>
            next === "cutr_only"
              ? "This partner now talks through Cutr only: its orders have no Customer thread."
              : "Customers may now chat with this partner in the Customer thread.",
        )
      }
      w={220}
    />
  );
}
