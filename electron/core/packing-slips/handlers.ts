import type { HandlersOf } from "../rpc/handler-types";
import { generateSlip, latestSlip } from "./packing-slips";

export const packingSlipHandlers: HandlersOf<"packingSlips"> = {
  "packingSlips.generate": ({ orderId }, context) =>
    generateSlip(context, orderId),
  "packingSlips.latest": ({ orderId }, { db }) => latestSlip(db, orderId),
};
