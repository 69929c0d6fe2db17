import type { HandlersOf } from "../rpc/handler-types";
import { downloadSlip, generateSlip, latestSlip } from "./packing-slips";

export const packingSlipHandlers: HandlersOf<"packingSlips"> = {
  "packingSlips.generate": ({ orderId }, context) =>
    generateSlip(context, orderId),
  "packingSlips.latest": ({ orderId }, { db }) => latestSlip(db, orderId),
  "packingSlips.download": ({ fileId }, context) =>
    downloadSlip(context, fileId),
};
