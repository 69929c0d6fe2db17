import {
  Button,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { TimeInput } from "@mantine/dates";
import { getHotkeyHandler } from "@mantine/hooks";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OrderDetail, Task } from "../../../../shared/contract";
import { instantAt } from "../../../../shared/rules/business-time";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { BusinessDateInput } from "../../components/BusinessDateInput";
import { EmptyNote } from "../../components/EmptyNote";
import { formatDate, formatInstant } from "../../components/format";
import { Modal } from "../../components/Modal";
import { ReasonDialog } from "../../components/ReasonDialog";
import { shortcutItems } from "../../app/shortcuts";

type Dialog = "schedule" | "done" | "cancel";

/** The milestones a kick-off agrees, set in the same step as it is done. */
const kickOffMilestones = [
  "measure_up",
  "production_drawing_ready",
  "installation",
] as const;

/** The check-in and kick-off of the order: what they are waiting for, and their next step. */
export function TaskList({
  order,
  mayEdit,
}: {
  order: OrderDetail;
  mayEdit: boolean;
}) {
  const { t } = useTranslation("orders");
  const [open, setOpen] = useState<{ task: Task; dialog: Dialog } | null>(null);
  if (order.tasks.length === 0)
    return <EmptyNote>{t("project.noTasks")}</EmptyNote>;
  const close = () => setOpen(null);
  return (
    <>
      {order.tasks.map((task) => {
        const name = task.customerJoins
          ? t("project.customerJoins", { task: t(`task.${task.kind}`) })
          : t(`task.${task.kind}`);
        const active = task.status === "open" || task.status === "scheduled";
        return (
          <Group key={task.id} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text size="sm">{name}</Text>
              <TaskState task={task} />
            </Stack>
            {mayEdit && active && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="default">
                    {t("tasks.actions", { task: t(`task.${task.kind}`) })}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    onClick={() => setOpen({ task, dialog: "schedule" })}
                  >
                    {task.status === "scheduled"
                      ? t("tasks.reschedule")
                      : t("tasks.schedule")}
                  </Menu.Item>
                  <Menu.Item onClick={() => setOpen({ task, dialog: "done" })}>
                    {t("tasks.done")}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    onClick={() => setOpen({ task, dialog: "cancel" })}
                  >
                    {t("tasks.cancel")}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        );
      })}
      {open?.dialog === "schedule" && (
        <ScheduleDialog task={open.task} onClose={close} />
      )}
      {open?.dialog === "done" && (
        <DoneDialog task={open.task} onClose={close} />
      )}
      <CancelDialog
        task={open?.dialog === "cancel" ? open.task : null}
        onClose={close}
      />
    </>
  );
}

/** Where the task stands: the dates proposed, when it takes place, what was agreed, or why not. */
function TaskState({ task }: { task: Task }) {
  const { t } = useTranslation("orders");
  const text =
    task.status === "open"
      ? t("project.proposed", {
          dates: task.proposedDates.map(formatDate).join(", "),
        })
      : task.status === "scheduled"
        ? t("tasks.scheduledFor", { when: formatInstant(task.scheduledAt) })
        : task.status === "done"
          ? t("tasks.doneWith", {
              date: formatInstant(task.doneAt),
              notes: task.notes ?? "",
            })
          : t("tasks.cancelledBecause", { reason: task.cancelReason ?? "" });
  return (
    <Text size="xs" c="dimmed">
      {text}
    </Text>
  );
}

function ScheduleDialog({ task, onClose }: { task: Task; onClose(): void }) {
  const { t } = useTranslation("orders");
  const { run, pending } = useChange();
  const [date, setDate] = useState(task.proposedDates[0] ?? "");
  const [time, setTime] = useState("10:00");
  const ready = date !== "" && /^\d{2}:\d{2}$/.test(time) && !pending;
  const save = async () => {
    if (!ready) return;
    const [hour, minute] = time.split(":").map(Number) as [number, number];
    const done = await run(
      () =>
        call("tasks.schedule", {
          taskId: task.id,
          version: task.version,
          at: instantAt(date, hour, minute).toISOString(),
        }),
      () => t("tasks.scheduledDone", { task: t(`task.${task.kind}`) }),
    );
    if (done) onClose();
  };
  return (
    <TaskDialog
      title={t("tasks.scheduleTitle", { task: t(`task.${task.kind}`) })}
      confirmLabel={t("tasks.scheduleConfirm")}
      ready={ready}
      pending={pending}
      onClose={onClose}
      onConfirm={save}
    >
      <Text size="sm">
        {task.customerJoins
          ? t("tasks.scheduleHintCustomer")
          : t("tasks.scheduleHint")}
      </Text>
      <SimpleGrid cols={2}>
        <BusinessDateInput
          label={t("tasks.date")}
          value={date}
          onChange={setDate}
          required
          data-autofocus
        />
        <TimeInput
          label={t("tasks.time")}
          value={time}
          onChange={(e) => setTime(e.currentTarget.value)}
          required
        />
      </SimpleGrid>
    </TaskDialog>
  );
}

function DoneDialog({ task, onClose }: { task: Task; onClose(): void }) {
  const { t } = useTranslation("orders");
  const { run, pending } = useChange();
  const [notes, setNotes] = useState("");
  const [dates, setDates] = useState<Record<string, string>>({});
  const ready = notes.trim() !== "" && !pending;
  const save = async () => {
    if (!ready) return;
    const milestones = kickOffMilestones
      .filter((kind) => (dates[kind] ?? "") !== "")
      .map((kind) => ({ kind, date: dates[kind] as string }));
    const done = await run(
      () =>
        call("tasks.complete", {
          taskId: task.id,
          version: task.version,
          notes: notes.trim(),
          milestones,
        }),
      () => t("tasks.doneDone", { task: t(`task.${task.kind}`) }),
    );
    if (done) onClose();
  };
  return (
    <TaskDialog
      title={t("tasks.doneTitle", { task: t(`task.${task.kind}`) })}
      confirmLabel={t("tasks.doneConfirm")}
      ready={ready}
      pending={pending}
      onClose={onClose}
      onConfirm={save}
    >
      <Textarea
        label={t("tasks.notes")}
        required
        autosize
        minRows={3}
        maxLength={5000}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        data-autofocus
      />
      {task.kind === "kick_off_call" && (
        <>
          <Text size="sm" c="dimmed">
            {t("tasks.agreedDates")}
          </Text>
          <SimpleGrid cols={3}>
            {kickOffMilestones.map((kind) => (
              <BusinessDateInput
                key={kind}
                label={t(`milestone.${kind}`)}
                value={dates[kind] ?? ""}
                onChange={(value) => setDates((d) => ({ ...d, [kind]: value }))}
              />
            ))}
          </SimpleGrid>
        </>
      )}
    </TaskDialog>
  );
}

/** A task's dialog: its fields, then Cancel and its one action (also Ctrl+Enter). */
function TaskDialog(props: {
  title: string;
  confirmLabel: string;
  ready: boolean;
  pending: boolean;
  onClose(): void;
  onConfirm(): Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation("orders");
  const confirm = () => void props.onConfirm();
  return (
    <Modal opened onClose={props.onClose} title={props.title} centered>
      <Stack
        gap="sm"
        onKeyDown={getHotkeyHandler(shortcutItems("submit", confirm))}
      >
        {props.children}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={props.onClose}
            disabled={props.pending}
          >
            {t("status.cancel")}
          </Button>
          <Button
            loading={props.pending}
            disabled={!props.ready}
            onClick={confirm}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CancelDialog({
  task,
  onClose,
}: {
  task: Task | null;
  onClose(): void;
}) {
  const { t } = useTranslation("orders");
  const { run, pending } = useChange();
  const name = task ? t(`task.${task.kind}`) : "";
  return (
    <ReasonDialog
      opened={task !== null}
      onClose={onClose}
      title={t("tasks.cancelTitle", { task: name })}
      text={t("tasks.cancelText")}
      reasonLabel={t("tasks.cancelReason")}
      keepLabel={t("tasks.keep")}
      confirmLabel={t("tasks.cancelConfirm")}
      color="red"
      pending={pending}
      onConfirm={async (reason) =>
        task !== null &&
        Boolean(
          await run(
            () =>
              call("tasks.cancel", {
                taskId: task.id,
                version: task.version,
                reason,
              }),
            () => t("tasks.cancelledDone", { task: name }),
          ),
        )
      }
    />
  );
}
