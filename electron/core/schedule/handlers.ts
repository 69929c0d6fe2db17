import { businessDateOf } from "../../../shared/rules/business-time";
import { overdueTodos } from "../dispatch/overdue-todos";
import { orderHistory } from "../orders/get-order";
import { listTodos } from "../orders/order-parts";
import type { HandlersOf } from "../rpc/handler-types";
import { setInvoiceReference, updateFulfilment } from "./fulfilment";
import { removeMilestone, setMilestone } from "./milestones";
import { runChange } from "./run-change";
import { cancelTask, completeTask, scheduleTask } from "./tasks";
import { approveDueOrders } from "./status-moves";

export const scheduleHandlers: HandlersOf<"milestones"> &
  HandlersOf<"tasks"> &
  HandlersOf<"fulfilment"> &
  HandlersOf<"billing"> &
  HandlersOf<"audit"> = {
  "milestones.set": (input, context) =>
    runChange(context, (trx, c) => setMilestone(trx, c, input)),
  "tasks.schedule": (input, context) =>
    runChange(context, (trx, c) => scheduleTask(trx, c, input)),
  "tasks.complete": (input, context) =>
    runChange(context, (trx, c) => completeTask(trx, c, input)),
  "tasks.cancel": (input, context) =>
    runChange(context, (trx, c) => cancelTask(trx, c, input)),
  "milestones.remove": (input, context) =>
    runChange(context, (trx, c) => removeMilestone(trx, c, input)),
  "fulfilment.update": (input, context) =>
    runChange(context, (trx, c) => updateFulfilment(trx, c, input)),
  "billing.setReference": (input, context) =>
    runChange(context, (trx, c) => setInvoiceReference(trx, c, input)),
  "audit.list": ({ orderId }, { db }) => orderHistory(db, orderId),
};

export const todoHandlers: HandlersOf<"todos"> = {
  "todos.list": ({ orderId }, { db }) => listTodos(db, orderId),
  "todos.overdue": ({ asOf }, { db, clock }) =>
    overdueTodos(db, asOf ?? businessDateOf(clock.now())),
};

export const schedulerHandlers: HandlersOf<"scheduler"> = {
  "scheduler.runDue": (_input, context) =>
    runChange(context, async (trx, c) => ({
      approved: await approveDueOrders(trx, c.now, c.policy.feedbackWindowDays),
    })),
};
