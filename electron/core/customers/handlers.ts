import { auditHistory } from "../audit/history";
import type { HandlersOf } from "../rpc/handler-types";
import { getCustomer } from "./get-customer";
import { listCustomers } from "./list-customers";
import { createCustomer, updateCustomer } from "./save-customer";

export const customerHandlers: HandlersOf<"customers"> = {
  "customers.list": (input, { db }) => listCustomers(db, input),
  "customers.get": ({ id }, { db }) => getCustomer(db, id),
  "customers.create": (input, context) => createCustomer(context, input),
  "customers.update": (input, context) => updateCustomer(context, input),
  "customers.history": ({ customerId, offset, limit }, { db }) =>
    auditHistory(
      db,
      { entity: "customer", entityId: customerId },
      { offset, limit },
    ),
};
