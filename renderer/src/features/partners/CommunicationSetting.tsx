import { Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  communicationSettings,
  type CommunicationSetting as Setting,
} from "../../../../shared/domain";
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
  const { t } = useTranslation(["partners", "domain"]);
  const mayChange = useCan("rate");
  const { run, pending } = useChange();
  if (!mayChange)
    return <Text size="sm">{t(`domain:communicationSetting.${value}`)}</Text>;
  return (
    <Select
      size="xs"
      aria-label={t("communication.label")}
      data={communicationSettings.map((s) => ({
        value: s,
        label: t(`domain:communicationSetting.${s}`),
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
              ? t("communication.cutrOnly")
              : t("communication.customerChat"),
        )
      }
      w={220}
    />
  );
}
