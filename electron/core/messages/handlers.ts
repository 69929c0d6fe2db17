import { signedInUser } from "../context";
import { withEmailTo } from "../mail/email-to";
import type { HandlersOf } from "../rpc/handler-types";
import { inbox, messageCounts } from "./inbox";
import { listMessages } from "./list-messages";
import { listThreads } from "./list-threads";
import { markRead } from "./mark-read";
import { sendMessage } from "./send-message";

export const messageHandlers: HandlersOf<"messages"> = {
  "messages.threads": async ({ orderId }, context) =>
    withEmailTo(
      context.db,
      orderId,
      await listThreads(
        context.db,
        orderId,
        signedInUser(context).id,
        context.clock.now(),
      ),
    ),
  "messages.list": (input, context) =>
    listMessages(context.db, input, signedInUser(context).id),
  "messages.send": (input, context) => sendMessage(context, input),
  "messages.markRead": async ({ orderId, thread }, context) => {
    const userId = signedInUser(context).id;
    await markRead(context.db, orderId, thread, userId);
    return withEmailTo(
      context.db,
      orderId,
      await listThreads(context.db, orderId, userId, context.clock.now()),
    );
  },
  "messages.inbox": ({ filter, limit }, context) =>
    inbox(
      context.db,
      signedInUser(context).id,
      filter,
      limit,
      context.clock.now(),
    ),
  "messages.unreadCount": (_input, context) =>
    messageCounts(context.db, signedInUser(context).id),
};
