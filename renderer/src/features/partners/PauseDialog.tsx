import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerDetail } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { BusinessDateInput } from "../../components/BusinessDateInput";
import { ReasonDialog } from "../../components/ReasonDialog";

/** Pauses a partner: a reason, and optionally the day it takes orders again by itself. */
export function PauseDialog({
  partner,
  opened,
  onClose,
}: {
  partner: PartnerDetail;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation("partners");
  const [resumesOn, setResumesOn] = useState("");
  const [unreadable, setUnreadable] = useState(false);
  const { run, pending } = useChange();
  return (
    <ReasonDialog
      opened={opened}
      onClose={onClose}
      title={t("pause.title", { name: partner.name })}
      text={t("pause.text")}
      reasonLabel={t("pause.reason")}
      keepLabel={t("pause.keep")}
      confirmLabel={t("pause.confirm")}
      color="orange"
      pending={pending}
      ready={!unreadable}
      onConfirm={async (reason) => {
        const done = await run(
          () =>
            call("partners.pause", {
              id: partner.id,
              version: partner.version,
              reason,
              ...(resumesOn ? { resumesOn } : {}),
            }),
          () => t("pause.done", { name: partner.name }),
        );
        if (done) setResumesOn("");
        return done !== null;
      }}
    >
      <BusinessDateInput
        label={t("pause.resumesOn")}
        description={t("pause.resumesOnHint")}
        value={resumesOn}
        onChange={setResumesOn}
        onUnreadableChange={setUnreadable}
        clearable
      />
    </ReasonDialog>
  );
}
