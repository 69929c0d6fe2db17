// The check-in meeting and the kick-off call (DOMAIN.md, Order lifecycle): proposed at assignment,
// then scheduled for a date and time (the partner, and the customer when they join, are told by
// email), done with notes, or cancelled with a reason. A kick-off that is done may set the
// milestones agreed in it in the same step. Each change is version-checked and audited.
import type { Kysely, Selectable } from "kysely";
import type { Task } from "../../../shared/contract";
import type { MilestoneKind, TaskStatus } from "../../../shared/domain";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { writeAudit } from "../audit/write-audit";
import type { Database, TaskTable } from "../db/schema";
import { AppError, notFound } from "../errors";
import { formatsFor } from "../i18n/formats";
import { listTasks } from "../orders/order-parts";
import { enqueueEmail } from "../outbox/enqueue-email";
import { setMilestone } from "./milestones";
import { orderIn, touchOrder, type ChangeContext } from "./run-change";

interface TaskChange {
  taskId: number;
  version: number;
}

/** The task, of the order's current assignment, still open or scheduled, at the caller's version. */
async function openTask(trx: Kysely<Database>, input: TaskChange) {
  const task = await trx
    .selectFrom("tasks")
    .selectAll()
    .where("id", "=", input.taskId)
    .executeTakeFirst();
  if (!task) throw notFound("task", input.taskId);
  const order = await orderIn(trx, task.order_id, "handleTasks");
  const values = { task: task.kind, number: order.number };
  const assignment = await trx
    .selectFrom("assignments")
    .select("cancelled_at")
    .where("id", "=", task.assignment_id)
    .executeTakeFirstOrThrow();
  if (assignment.cancelled_at !== null)
    throw new AppError("RULE", {
      key: "errors:schedule.taskNotCurrent",
      values,
    });
  if (task.status === "done" || task.status === "cancelled")
    throw new AppError("RULE", { key: "errors:schedule.taskClosed", values });
  if (task.version !== input.version)
    throw new AppError("CONFLICT", {
      key: "errors:schedule.taskStale",
      values,
    });
  return { task, order };
}

async function moveTask(
  trx: Kysely<Database>,
  c: ChangeContext,
  found: Awaited<ReturnType<typeof openTask>>,
  to: TaskStatus,
  set: { scheduled_at?: string; notes?: string; cancel_reason?: string },
  reason: string | null,
): Promise<Task[]> {
  const { task, order } = found;
  const updated = await trx
    .updateTable("tasks")
    .set({
      ...set,
      status: to,
      version: task.version + 1,
      ...(to === "done" ? { done_at: c.now.toISOString() } : {}),
    })
    .where("id", "=", task.id)
    .where("version", "=", task.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw new AppError("CONFLICT", {
      key: "errors:schedule.taskStale",
      values: { task: task.kind, number: order.number },
    });
  await touchOrder(trx, order.id, c.now);
  await writeAudit(trx, {
    at: c.now,
    userId: c.userId,
    action: `task.${to}`,
    entity: "task",
    entityId: task.id,
    orderId: order.id,
    before: {
      status: task.status,
      ...(task.scheduled_at ? { at: task.scheduled_at } : {}),
    },
    after: {
      status: to,
      ...(set.scheduled_at ? { at: set.scheduled_at } : {}),
    },
    reason,
  });
  return listTasks(trx, order.id);
}

/**
 * Tells the partner, and the customer when they join, when the meeting takes place, or that the
 * meeting planned for then is cancelled (and why).
 */
async function announce(
  trx: Kysely<Database>,
  c: ChangeContext,
  task: Selectable<TaskTable>,
  at: Date,
  cancelled?: { reason: string },
) {
  const order = await trx
    .selectFrom("orders")
    .innerJoin("partners", "partners.id", "orders.partner_id")
    .innerJoin("customers", "customers.id", "orders.customer_id")
    .select([
      "orders.number",
      "orders.title",
      "partners.name as partner_name",
      "partners.email as partner_email",
      "partners.language as partner_language",
      "customers.name as customer_name",
      "customers.email as customer_email",
      "customers.language as customer_language",
    ])
    .where("orders.id", "=", task.order_id)
    .executeTakeFirstOrThrow();
  const recipients = [
    {
      name: order.partner_name,
      email: order.partner_email,
      language: order.partner_language,
    },
    ...(task.customer_joins === 1
      ? [
          {
            name: order.customer_name,
            email: order.customer_email,
            language: order.customer_language,
          },
        ]
      : []),
  ];
  for (const recipient of recipients) {
    const t = translatorFor(recipient.language);
    const values = {
      name: recipient.name,
      number: order.number,
      title: order.title,
      meeting: t(`email:meeting.${task.kind}`),
      when: formatsFor(recipient.language).instant(at),
      reason: cancelled?.reason ?? "",
    };
    const text = cancelled ? "meetingCancelled" : "meeting";
    await enqueueEmail(trx, {
      kind: cancelled ? "meeting_cancelled" : "meeting_scheduled",
      orderId: task.order_id,
      recipient: recipient.email,
      subject: t(`email:${text}.subject`, values),
      body: t(`email:${text}.body`, values),
      dueAt: c.now,
      createdAt: c.now,
    });
  }
}

export async function scheduleTask(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: TaskChange & { at: string },
): Promise<Task[]> {
  const found = await openTask(trx, input);
  const at = new Date(input.at);
  if (at.getTime() < c.now.getTime())
    throw new AppError(
      "RULE",
      {
        key: "errors:schedule.meetingInPast",
        values: { task: found.task.kind, number: found.order.number },
      },
      { field: "at" },
    );
  await announce(trx, c, found.task, at);
  return moveTask(
    trx,
    c,
    found,
    "scheduled",
    { scheduled_at: at.toISOString() },
    null,
  );
}

export async function completeTask(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: TaskChange & {
    notes: string;
    milestones: {
      kind: MilestoneKind;
      name?: string | undefined;
      date: string;
    }[];
    reason: string;
  },
): Promise<Task[]> {
  const found = await openTask(trx, input);
  if (input.milestones.length > 0 && found.task.kind !== "kick_off_call")
    throw new AppError("RULE", {
      key: "errors:schedule.onlyKickOffMilestones",
    });
  // The dates agreed in the kick-off become milestones in the same step, with the reason given.
  for (const milestone of input.milestones)
    await setMilestone(trx, c, {
      orderId: found.order.id,
      ...milestone,
      reason: input.reason,
    });
  return moveTask(trx, c, found, "done", { notes: input.notes }, null);
}

export async function cancelTask(
  trx: Kysely<Database>,
  c: ChangeContext,
  input: TaskChange & { reason: string },
): Promise<Task[]> {
  const found = await openTask(trx, input);
  // Those told the date are told it is off.
  if (found.task.status === "scheduled" && found.task.scheduled_at)
    await announce(trx, c, found.task, new Date(found.task.scheduled_at), {
      reason: input.reason,
    });
  return moveTask(
    trx,
    c,
    found,
    "cancelled",
    { cancel_reason: input.reason },
    input.reason,
  );
}
