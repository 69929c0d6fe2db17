import type { HandlersOf } from "../rpc/handler-types";
import { listUnmatched, attachMail, discardMail } from "./unmatched-mail";

export const mailHandlers: HandlersOf<"mail"> = {
  "mail.unmatched": ({ limit }, context) => listUnmatched(context.db, limit),
  "mail.attach": (input, context) => attachMail(context, input),
  "mail.discard": (input, context) => discardMail(context, input),
};
