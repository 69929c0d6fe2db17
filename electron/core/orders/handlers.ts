import type { HandlersOf } from "../rpc/handler-types";
import { readiness } from "../schedule/readiness";
import { runChange } from "../schedule/run-change";
import {
  approve,
  markDelivered,
  markReady,
  recordFeedback,
} from "../schedule/status-moves";
import { cancelOrder } from "./cancel-order";
import { getOrder } from "./get-order";
import { listOrders } from "./list-orders";
import { createOrder, updateOrder } from "./save-order";

export const orderHandlers: HandlersOf<"orders"> = {
  "orders.list": (input, { db }) => listOrders(db, input),
  "orders.get": ({ id }, { db }) => getOrder(db, id),
  "orders.create": (input, context) => createOrder(context, input),
  "orders.update": (input, context) => updateOrder(context, input),
  "orders.cancel": (input, context) => cancelOrder(context, input),
  "orders.readiness": ({ orderId }, { db }) => readiness(db, orderId),
  "orders.markReady": (input, context) =>
    runChange(context, (trx, c) => markReady(trx, c, input)),
  "orders.markDelivered": (input, context) =>
    runChange(context, (trx, c) => markDelivered(trx, c, input)),
  "orders.recordFeedback": (input, context) =>
    runChange(context, (trx, c) => recordFeedback(trx, c, input)),
  "orders.approve": (input, context) =>
    runChange(context, (trx, c) => approve(trx, c, input)),
};
