import type { HandlersOf } from "../rpc/handler-types";

export const changeHandlers: HandlersOf<"changes"> = {
  "changes.wait": ({ after, timeoutMs }, { changes }) =>
    changes.wait(after, timeoutMs),
};
