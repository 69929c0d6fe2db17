import { signedInUser } from "../context";
import type { HandlersOf } from "../rpc/handler-types";
import { homeSummary } from "./home-summary";

export const homeHandlers: HandlersOf<"home"> = {
  "home.summary": (_input, context) =>
    homeSummary(context.db, signedInUser(context).id, context.clock.now()),
};
