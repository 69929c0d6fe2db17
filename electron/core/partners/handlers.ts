import type { HandlersOf } from "../rpc/handler-types";
import { getPartner } from "./get-partner";
import { listPartners } from "./list-partners";

export const partnerHandlers: HandlersOf<"partners"> = {
  "partners.list": (input, { db }) => listPartners(db, input),
  "partners.get": ({ id }, { db }) => getPartner(db, id),
};
