import type { HandlersOf } from "../rpc/handler-types";
import { reviewQueue } from "./review-queue";
import { reviewFile, undoReview } from "./review-file";

export const qualityHandlers: HandlersOf<"quality"> = {
  "quality.queue": ({ filter, limit }, { db }) =>
    reviewQueue(db, filter, limit),
  "quality.review": (input, context) => reviewFile(context, input),
  "quality.undo": ({ fileId, fileVersion }, context) =>
    undoReview(context, fileId, fileVersion),
};
