import type { HandlersOf } from "../rpc/handler-types";
import { generateSlip, latestSlip } from "./packing-slips";

export const packingSlipHandlers: HandlersOf<"packingSlips"> = {
  "packingSlips.generate": ({ orderId, language }, context) =>
    generateSlip(context, orderId, language),
  "packingSlips.latest": ({ orderId }, { db }) => latestSlip(db, orderId),
};
