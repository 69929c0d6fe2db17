import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { Modal } from "../../components/Modal";
import { getHotkeyHandler } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PartnerDetail } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { BusinessDateInput } from "../../components/BusinessDateInput";

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
  const [reason, setReason] = useState("");
  const [resumesOn, setResumesOn] = useState("");
  const [unreadable, setUnreadable] = useState(false);
  const { run, pending } = useChange();
  const ready = reason.trim() !== "" && !unreadable;
  const pause = async () => {
    if (!ready) return;
    const done = await run(
      () =>
        call("partners.pause", {
          id: partner.id,
          version: partner.version,
          reason: reason.trim(),
          ...(resumesOn ? { resumesOn } : {}),
        }),
      () => t("pause.done", { name: partner.name }),
    );
    if (done) {
      setReason("");
      setResumesOn("");
      onClose();
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("pause.title", { name: partner.name })}
      centered
    >
      <Stack
        gap="sm"
        onKeyDown={getHotkeyHandler([["mod+Enter", () => void pause()]])}
      >
        <Text size="sm">{t("pause.text")}</Text>
        <Textarea
          label={t("pause.reason")}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <BusinessDateInput
          label={t("pause.resumesOn")}
          description={t("pause.resumesOnHint")}
          value={resumesOn}
          onChange={setResumesOn}
          onUnreadableChange={setUnreadable}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t("pause.keep")}
          </Button>
          <Button
            color="orange"
            loading={pending}
            disabled={!ready}
            onClick={() => void pause()}
          >
            {t("pause.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
