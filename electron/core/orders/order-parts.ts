// The parts of an order that its tabs show and the schedule services change: milestones, to-dos,
// fulfilment. Read here once, for orders.get and for the answers of the changes.
import type { Kysely, Selectable } from "kysely";
import type {
  Fulfilment,
  Milestone,
  Task,
  Todo,
} from "../../../shared/contract";
import type { Database, TaskTable } from "../db/schema";

/** The order's assignment that is not cancelled: its to-dos and tasks are the ones that matter. */
export const currentAssignment = (db: Kysely<Database>, orderId: number) =>
  db
    .selectFrom("assignments")
    .select("id")
    .where("order_id", "=", orderId)
    .where("cancelled_at", "is", null);

export function toTask(row: Selectable<TaskTable>): Task {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    proposedDates: JSON.parse(row.proposed_dates) as string[],
    customerJoins: row.customer_joins === 1,
    scheduledAt: row.scheduled_at,
    notes: row.notes,
    cancelReason: row.cancel_reason,
    doneAt: row.done_at,
    version: row.version,
  };
}

/** The id of the order's current assignment, or null while it has none. */
export async function currentAssignmentId(
  db: Kysely<Database>,
  orderId: number,
): Promise<number | null> {
  const row = await currentAssignment(db, orderId).executeTakeFirst();
  return row?.id ?? null;
}

/** The check-in and kick-off of the order's current assignment. */
export async function listTasks(
  db: Kysely<Database>,
  orderId: number,
): Promise<Task[]> {
  const rows = await db
    .selectFrom("tasks")
    .selectAll()
    .where("order_id", "=", orderId)
    .where("assignment_id", "in", currentAssignment(db, orderId))
    .orderBy("id")
    .execute();
  return rows.map(toTask);
}

export async function listMilestones(
  db: Kysely<Database>,
  orderId: number,
): Promise<Milestone[]> {
  const rows = await db
    .selectFrom("milestones")
    .innerJoin("users", "users.id", "milestones.set_by")
    .select([
      "milestones.id",
      "kind",
      "milestones.name",
      "date",
      "users.name as set_by",
      "set_at",
    ])
    .where("order_id", "=", orderId)
    .where("removed_at", "is", null)
    .orderBy("date")
    .execute();
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    name: m.name,
    date: m.date,
    setBy: m.set_by,
    setAt: m.set_at,
  }));
}

export async function listTodos(
  db: Kysely<Database>,
  orderId: number,
): Promise<Todo[]> {
  const rows = await db
    .selectFrom("todos")
    .selectAll()
    .where("order_id", "=", orderId)
    .where("assignment_id", "in", currentAssignment(db, orderId))
    .orderBy("id")
    .execute();
  return rows.map((t) => ({
    id: t.id,
    kind: t.kind,
    dueDate: t.due_date,
    doneAt: t.done_at,
  }));
}

export async function getFulfilment(
  db: Kysely<Database>,
  orderId: number,
): Promise<Fulfilment | null> {
  const f = await db
    .selectFrom("fulfilment")
    .selectAll()
    .where("order_id", "=", orderId)
    .executeTakeFirst();
  return f
    ? {
        materialArrival: f.material_arrival,
        plannedCompletion: f.planned_completion,
        deliveryDate: f.delivery_date,
        method: f.method,
        invoiceReference: f.invoice_reference,
        noInvoiceReference: f.no_invoice_reference === 1,
      }
    : null;
}
