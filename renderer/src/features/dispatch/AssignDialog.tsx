import {
  Alert,
  Button,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import type { Candidate } from "../../../../shared/contract";
import { tierLabels } from "../../../../shared/labels";
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
  const [text, setText] = useState("");
  const needsText = candidate?.needsOverride || candidate?.matchReview;
  const label = candidate?.needsOverride
    ? "Why this partner gets a key-account order"
    : "How the match was checked";
  return (
    <Modal
      opened={candidate !== null}
      onClose={onClose}
      title={`Assign ${orderNumber}`}
      centered
    >
      {candidate && (
        <Stack gap="sm">
          <Text>
            To <strong>{candidate.name}</strong> ({tierLabels[candidate.tier]},
            rating {formatRating(candidate.rating)}, rank {candidate.rank}).
          </Text>
          {candidate.needsOverride && (
            <Alert color="violet" title="Override">
              This is a key-account order and {candidate.name} is not highly
              rated. The override is audited and reported.
            </Alert>
          )}
          {candidate.matchReview && !candidate.needsOverride && (
            <Alert color="orange" title="Match review">
              {candidate.name} is in the lower tier. Note how you checked that
              it is the right match.
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
              Cancel
            </Button>
            <Button
              loading={pending}
              disabled={Boolean(needsText) && !text.trim()}
              onClick={() =>
                onAssign(
                  candidate.needsOverride
                    ? { overrideReason: text }
                    : candidate.matchReview
                      ? { matchNote: text }
                      : {},
                )
              }
              data-autofocus={needsText ? undefined : true}
            >
              Assign
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
