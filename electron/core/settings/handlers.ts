import type { HandlersOf } from "../rpc/handler-types";
import { loadPolicy } from "./policy";
import { updatePolicy } from "./update-policy";

export const settingsHandlers: HandlersOf<"settings"> = {
  "settings.policy": (_input, { db }) => loadPolicy(db),
  "settings.updatePolicy": ({ policy }, context) =>
    updatePolicy(context, policy),
};
