import type { HandlersOf } from "../rpc/handler-types";
import { signedInUser } from "../context";
import { catalogUsage, listCatalog } from "./list-catalog";
import { retireCatalogEntry, saveCatalogEntry } from "./save-catalog-entry";

export const catalogHandlers: HandlersOf<"catalog"> = {
  "catalog.list": (_input, context) =>
    listCatalog(context.db, signedInUser(context).language),
  "catalog.usage": (_input, { db }) => catalogUsage(db),
  "catalog.save": (input, context) => saveCatalogEntry(context, input),
  "catalog.retire": (input, context) => retireCatalogEntry(context, input),
};
