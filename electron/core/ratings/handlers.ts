import type { HandlersOf } from "../rpc/handler-types";
import { loadPolicy } from "../settings/policy";
import { recordRating } from "./record-rating";
import { reviseRating } from "./revise-rating";
import { suggestRating } from "./suggest-rating";

export const ratingHandlers: HandlersOf<"ratings"> = {
  "ratings.suggest": async ({ orderId }, { db }) =>
    suggestRating(db, orderId, await loadPolicy(db)),
  "ratings.record": (input, context) => recordRating(context, input),
  "ratings.revise": (input, context) => reviseRating(context, input),
};
