import { Alert, Button, Drawer, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { getHotkeyHandler } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiFailure } from "../api/client";
import { dropFormDraft, keepFormDraft } from "../app/form-drafts";
import type { DraftForm } from "../app/use-draft-form";
import { shortcutItems } from "../app/shortcuts";

/** What a save says when it is done, and where it goes then (a new record's page). */
export interface Saved {
  message: string;
  goTo?: string;
}

interface FormDrawerProps<V extends object> {
  opened: boolean;
  onClose(): void;
  title: string;
  /** The form, its kept draft and how to discard it (useDraftForm). */
  draft: DraftForm<V>;
  /** Saves; a refusal (ApiFailure) is shown in the drawer, with what was typed kept. */
  onSubmit(values: V): Promise<Saved>;
  submitLabel: string;
  children: ReactNode;
}

/**
 * A form in a drawer at the side of the page: Ctrl+Enter saves, Escape closes and keeps what was
 * typed for next time, a refusal is shown above the buttons without losing anything.
 */
export function FormDrawer<V extends object>({
  opened,
  onClose,
  title,
  draft,
  onSubmit,
  submitLabel,
  children,
}: FormDrawerProps<V>) {
  const { t } = useTranslation();
  const { form, draftKey, restored, discard: onDiscard } = draft;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<ApiFailure | null>(null);

  const close = () => {
    // A draft brought back stays kept until it is saved or discarded, changed again or not.
    if (form.isDirty() || restored) keepFormDraft(draftKey, form.getValues());
    else dropFormDraft(draftKey);
    setRefusal(null);
    onClose();
  };
  const formRef = useRef<HTMLFormElement>(null);
  // A refused check takes the keyboard to the first field that says what is wrong.
  const showFirstProblem = () =>
    requestAnimationFrame(() =>
      formRef.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?.focus(),
    );
  const submit = form.onSubmit(async (values) => {
    // A second Ctrl+Enter while the first save runs would save twice.
    if (saving) return;
    setSaving(true);
    setRefusal(null);
    try {
      const saved = await onSubmit(values);
      dropFormDraft(draftKey);
      notifications.show({ color: "green", message: saved.message });
      await queryClient.invalidateQueries();
      onClose();
      if (saved.goTo) void navigate(saved.goTo);
    } catch (error) {
      setRefusal(
        error instanceof ApiFailure
          ? error
          : new ApiFailure({ code: "INTERNAL", message: String(error) }),
      );
    } finally {
      setSaving(false);
    }
  }, showFirstProblem);

  return (
    <Drawer
      opened={opened}
      onClose={close}
      title={title}
      position="right"
      size="lg"
      closeButtonProps={{ "aria-label": t("form.close") }}
    >
      <form
        ref={formRef}
        onSubmit={submit}
        onKeyDown={getHotkeyHandler(shortcutItems("submit", () => submit()))}
        noValidate
      >
        <Stack gap="sm">
          {restored && (
            <Alert color="blue" variant="light" py={6}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t("form.restored")}</Text>
                <Button size="compact-xs" variant="subtle" onClick={onDiscard}>
                  {t("form.discard")}
                </Button>
              </Group>
            </Alert>
          )}
          {children}
          {refusal && (
            <Alert
              color={refusal.code === "CONFLICT" ? "orange" : "red"}
              title={
                refusal.code === "CONFLICT"
                  ? t("request.conflict")
                  : t("request.notDone")
              }
            >
              {refusal.message}
            </Alert>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t("form.keys")}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={close} disabled={saving}>
                {t("cancel")}
              </Button>
              <Button type="submit" loading={saving}>
                {submitLabel}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
