import type { HandlersOf } from "../rpc/handler-types";
import { listOutbox, retryEmail } from "./list-outbox";
import { outboxSender } from "./outbox-sender";

export const outboxHandlers: HandlersOf<"outbox"> = {
  "outbox.list": ({ filter, offset, limit }, { db }) =>
    listOutbox(db, filter, offset, limit),
  "outbox.sender": (_input, context) => outboxSender(context),
  "outbox.retry": ({ id }, { db, clock }) => retryEmail(db, id, clock.now()),
};
