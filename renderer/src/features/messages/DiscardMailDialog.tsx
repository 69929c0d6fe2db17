import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UnmatchedMail } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

/** Sets an unmatched mail aside for good, with the reason (audited). */
export function DiscardMailDialog({
  mail,
  onClose,
}: {
  mail: UnmatchedMail;
  onClose: () => void;
}) {
  const { t } = useTranslation("messages");
  const [reason, setReason] = useState("");
  const { run, pending } = useChange();
  const submit = () =>
    reason.trim() &&
    void run(
      () => call("mail.discard", { mailId: mail.id, reason: reason.trim() }),
      () => t("unmatched.discarded"),
    ).then((done) => done && onClose());
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("unmatched.discardTitle", { subject: mail.subject })}
    >
      <Stack gap="sm">
        <Textarea
          label={t("unmatched.reason")}
          placeholder={t("unmatched.reasonPlaceholder")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
          }}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("unmatched.cancel")}
          </Button>
          <Button
            color="red"
            loading={pending}
            disabled={!reason.trim()}
            onClick={submit}
          >
            {t("unmatched.discardNow")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
