import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Rating,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { getHotkeyHandler } from "@mantine/hooks";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  RatingFactors,
  RatingSuggestion,
} from "../../../../shared/contract";
import { ratingFactors, type RatingFactor } from "../../../../shared/domain";
import { orderScore } from "../../../../shared/rules/suggested-stars";
import { call } from "../../api/client";
import { shortcutItems } from "../../app/shortcuts";
import { formatRating } from "../../components/format";
import { useEvidenceText } from "./use-evidence-text";

type Draft = Record<RatingFactor, number | null>;

interface Props {
  suggestion: RatingSuggestion;
  /** "revise" asks for a reason and starts from the current rating. */
  mode: "record" | "revise";
  onDone(): void;
  /** After a recording, opens the next approved order waiting for its rating (or says none is left). */
  onNext?(): void;
}

function initialDraft({
  suggestion,
  mode,
}: Pick<Props, "suggestion" | "mode">): Draft {
  const from =
    mode === "revise" && suggestion.current ? suggestion.current : null;
  return Object.fromEntries(
    ratingFactors.map((factor) => [
      factor,
      from ? (from[factor] ?? null) : suggestion.factors[factor].stars,
    ]),
  ) as Draft;
}

/** The six factors as stars, each with its suggestion and evidence; saving records or revises. */
export function RatingForm({ suggestion, mode, onDone, onNext }: Props) {
  const { t } = useTranslation(["ratings", "domain", "common"]);
  const evidenceText = useEvidenceText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() =>
    initialDraft({ suggestion, mode }),
  );
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Stars the user set (or kept) by hand; the others still show the suggestion, drawn lighter.
  const [chosen, setChosen] = useState<ReadonlySet<RatingFactor>>(
    () => new Set(mode === "revise" ? ratingFactors : []),
  );
  // After a save with factors missing, those factors are marked and the first is brought into view.
  const [markMissing, setMarkMissing] = useState(false);
  const factorRefs = useRef(new Map<RatingFactor, HTMLDivElement>());

  const missing = ratingFactors.filter(
    (f) => f !== "customerSatisfaction" && draft[f] === null,
  );
  const score = missing.length === 0 ? orderScore(draft) : null;

  async function save(then: () => void) {
    if (saving) return;
    if (missing.length > 0) {
      setMarkMissing(true);
      const first = missing[0] ? factorRefs.current.get(missing[0]) : undefined;
      first?.scrollIntoView({ block: "center" });
      first?.querySelector<HTMLInputElement>("input")?.focus();
      return setError(
        t("form.missing", {
          factors: missing.map((f) => t(`domain:ratingFactor.${f}`)).join(", "),
        }),
      );
    }
    if (mode === "revise" && !text.trim())
      return setError(t("form.reasonRequired"));
    setSaving(true);
    setError(null);
    const factors = {
      ...draft,
      customerSatisfaction: draft.customerSatisfaction,
    } as RatingFactors;
    try {
      const result =
        mode === "record"
          ? await call("ratings.record", {
              orderId: suggestion.orderId,
              factors,
              ...(text.trim() ? { note: text } : {}),
            })
          : await call("ratings.revise", {
              orderId: suggestion.orderId,
              version: suggestion.current?.version ?? 1,
              factors,
              reason: text,
            });
      const { partner } = result;
      notifications.show({
        color: "green",
        title: t(mode === "record" ? "form.rated" : "form.revised", {
          score: formatRating(result.score),
        }),
        message: t(
          partner.tierChanged
            ? "form.partnerRatingNewTier"
            : "form.partnerRating",
          {
            rating:
              partner.rating === null
                ? t("form.notSet")
                : formatRating(partner.rating),
            tier: t(`domain:tier.${partner.tier}`),
          },
        ),
      });
      await queryClient.invalidateQueries();
      then();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack
      gap="sm"
      maw={760}
      onKeyDown={getHotkeyHandler(
        shortcutItems("submit", () => void save(onNext ?? onDone)),
      )}
    >
      {ratingFactors.map((factor) => {
        const suggested = suggestion.factors[factor];
        const label = t(`domain:ratingFactor.${factor}`);
        const isMissing = markMissing && missing.includes(factor);
        const isSuggestion = !chosen.has(factor) && draft[factor] !== null;
        return (
          <Paper
            key={factor}
            withBorder
            p="sm"
            radius="sm"
            ref={(node) => {
              if (node) factorRefs.current.set(factor, node);
              else factorRefs.current.delete(factor);
            }}
            style={
              isMissing
                ? { borderColor: "var(--mantine-color-red-7)" }
                : undefined
            }
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Text fw={500} size="sm">
                  {label}
                  {factor === "customerSatisfaction" && (
                    <Text span c="dimmed" size="xs">
                      {" "}
                      {t("form.optional")}
                    </Text>
                  )}
                </Text>
                <List size="xs" c="dimmed" spacing={0}>
                  {suggested.evidence.map(evidenceText).map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </Stack>
              <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                <Rating
                  value={draft[factor] ?? 0}
                  onChange={(value) => {
                    setDraft((d) => ({ ...d, [factor]: value }));
                    setChosen((c) => new Set(c).add(factor));
                  }}
                  color={isSuggestion ? "yellow.3" : "yellow.6"}
                  aria-invalid={isMissing || undefined}
                  getSymbolLabel={(index) =>
                    t("form.star", { factor: label, count: index })
                  }
                  size="md"
                />
                <Group gap={6}>
                  {isMissing && (
                    <Text size="xs" c="red.8" fw={500}>
                      {t("form.required")}
                    </Text>
                  )}
                  {suggested.stars !== null && (
                    <Text size="xs" c="dimmed">
                      {isSuggestion
                        ? t("form.suggestedNotChosen", {
                            stars: suggested.stars,
                          })
                        : t("form.suggested", { stars: suggested.stars })}
                    </Text>
                  )}
                  {isSuggestion && (
                    <Anchor
                      size="xs"
                      component="button"
                      onClick={() => setChosen((c) => new Set(c).add(factor))}
                    >
                      {t("form.keep")}
                    </Anchor>
                  )}
                  {factor === "customerSatisfaction" &&
                    draft[factor] !== null && (
                      <Anchor
                        size="xs"
                        component="button"
                        onClick={() =>
                          setDraft((d) => ({
                            ...d,
                            customerSatisfaction: null,
                          }))
                        }
                      >
                        {t("form.clear")}
                      </Anchor>
                    )}
                </Group>
              </Stack>
            </Group>
          </Paper>
        );
      })}
      <Textarea
        label={mode === "record" ? t("form.note") : t("form.reason")}
        required={mode === "revise"}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      {error && (
        <Alert color="red" title={t("form.notSaved")}>
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {t("form.orderScore")} <strong>{formatRating(score)}</strong>
        </Text>
        <Group gap="xs">
          {mode === "revise" && (
            <Button variant="default" onClick={onDone} disabled={saving}>
              {t("common:cancel")}
            </Button>
          )}
          {onNext && (
            <Button
              variant="default"
              onClick={() => void save(onDone)}
              loading={saving}
            >
              {t("form.saveRating")}
            </Button>
          )}
          <Button
            onClick={() => void save(onNext ?? onDone)}
            loading={saving}
            title={t("form.submitKeys")}
          >
            {mode === "record"
              ? onNext
                ? t("form.saveAndNext")
                : t("form.saveRating")
              : t("form.saveRevision")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
