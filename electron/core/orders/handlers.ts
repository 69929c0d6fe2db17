import type { HandlersOf } from "../rpc/handler-types";
import { getOrder } from "./get-order";
import { listOrders } from "./list-orders";

export const orderHandlers: HandlersOf<"orders"> = {
  "orders.list": (input, { db }) => listOrders(db, input),
  "orders.get": ({ id }, { db }) => getOrder(db, id),
};
