import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { shortcutItems } from "../../app/shortcuts";
import { Modal } from "../../components/Modal";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Candidate } from "../../../../shared/contract";
import { formatRating } from "../../components/format";

interface Props {
  candidate: Candidate | null;
  orderNumber: string;
  pending: boolean;
  onClose(): void;
  onAssign(note: { overrideReason?: string; matchNote?: string }): void;
}

/** Confirms an assignment; asks for the override reason or match note the rules require. */
export function AssignDialog({
  candidate,
  orderNumber,
  pending,
  onClose,
  onAssign,
}: Props) {
  const { t } = useTranslation(["dispatch", "domain", "common"]);
  const [text, setText] = useState("");
  const needsText = candidate?.needsOverride || candidate?.matchReview;
  const confirm = () => {
    if (!candidate || pending || (needsText && !text.trim())) return;
    onAssign(
      candidate.needsOverride
        ? { overrideReason: text }
        : candidate.matchReview
          ? { matchNote: text }
          : {},
    );
  };
  const label = candidate?.needsOverride
    ? t("assignDialog.overrideReason")
    : t("assignDialog.matchNote");
  return (
    <Modal
      opened={candidate !== null}
      onClose={onClose}
      title={t("assignDialog.title", { number: orderNumber })}
      centered
    >
      {candidate && (
        <Stack
          gap="sm"
          onKeyDown={getHotkeyHandler(shortcutItems("submit", confirm))}
        >
          <Text>
            <Trans
              t={t}
              i18nKey="assignDialog.to"
              values={{
                partner: candidate.name,
                tier: t(`domain:tier.${candidate.tier}`),
                rating: formatRating(candidate.rating),
                rank: candidate.rank,
              }}
              components={{ strong: <strong /> }}
            />
          </Text>
          {candidate.needsOverride && (
            <Alert color="violet" title={t("candidates.override")}>
              {t("assignDialog.overrideText", { partner: candidate.name })}
            </Alert>
          )}
          {candidate.matchReview && !candidate.needsOverride && (
            <Alert color="orange" title={t("candidates.matchReview")}>
              {t("assignDialog.matchReviewText", { partner: candidate.name })}
            </Alert>
          )}
          {needsText && (
            <Textarea
              label={label}
              required
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t("common:cancel")}
            </Button>
            <Button
              loading={pending}
              disabled={Boolean(needsText) && !text.trim()}
              onClick={confirm}
              data-autofocus={needsText ? undefined : true}
            >
              {t("candidates.assign")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
