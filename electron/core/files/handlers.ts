import type { HandlersOf } from "../rpc/handler-types";
import { importFile } from "./import-file";
import { listFiles } from "./list-files";

export const fileHandlers: HandlersOf<"files"> = {
  "files.import": (input, context) => importFile(context, input),
  "files.list": ({ orderId }, { db }) => listFiles(db, orderId),
};
