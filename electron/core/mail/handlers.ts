import { AppError } from "../errors";
import type { HandlersOf } from "../rpc/handler-types";
import { readMailbox } from "./read-mailbox";
import { listUnmatched, attachMail, discardMail } from "./unmatched-mail";

export const mailHandlers: HandlersOf<"mail"> = {
  "mail.readNow": async (_input, context) => {
    const report = await readMailbox(context);
    if (!report) throw new AppError("RULE", { key: "errors:mail.notReading" });
    return {
      read: report.read,
      posted: report.outcomes.posted ?? 0,
      unmatched: report.outcomes.unmatched ?? 0,
      error: report.error,
    };
  },
  "mail.unmatched": ({ limit }, context) => listUnmatched(context.db, limit),
  "mail.attach": (input, context) => attachMail(context, input),
  "mail.discard": (input, context) => discardMail(context, input),
};
