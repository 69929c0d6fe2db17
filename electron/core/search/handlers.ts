import type { HandlersOf } from "../rpc/handler-types";
import { globalSearch } from "./global-search";

export const searchHandlers: HandlersOf<"search"> = {
  "search.global": ({ text, limit }, { db }) => globalSearch(db, text, limit),
};
