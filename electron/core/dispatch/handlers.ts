import type { HandlersOf } from "../rpc/handler-types";
import { assignOrder } from "./assign-order";
import { cancelAssignment } from "./cancel-assignment";
import { dispatchCandidates } from "./candidates";
import { respondToOffer, sendOffers } from "./offers";
import { dispatchQueue } from "./queue";
import { runDispatch } from "./run-dispatch";

export const dispatchHandlers: HandlersOf<"dispatch"> = {
  "dispatch.queue": (input, { db }) => dispatchQueue(db, input),
  "dispatch.candidates": async ({ orderId }, { db, settingsCache }) =>
    dispatchCandidates(db, orderId, (await settingsCache.read(db)).policy),
  "dispatch.offer": (input, context) =>
    runDispatch(context, (trx, d) =>
      sendOffers(trx, d, input.orderId, input.partnerIds),
    ),
  "dispatch.respond": (input, context) =>
    runDispatch(context, (trx, d) => respondToOffer(trx, d, input)),
  "dispatch.assign": (input, context) =>
    runDispatch(context, (trx, d) => assignOrder(trx, d, input)),
  "dispatch.cancelAssignment": (input, context) =>
    runDispatch(context, (trx, d) => cancelAssignment(trx, d, input)),
};
