import { partnerScore, partnerScoreHistory } from "../ratings/partner-score";
import type { HandlersOf } from "../rpc/handler-types";
import { loadPolicy } from "../settings/policy";
import { getPartner } from "./get-partner";
import { listPartners } from "./list-partners";

export const partnerHandlers: HandlersOf<"partners"> = {
  "partners.list": (input, { db }) => listPartners(db, input),
  "partners.get": ({ id }, { db }) => getPartner(db, id),
  "partners.score": async ({ partnerId }, { db, clock }) =>
    partnerScore(db, partnerId, {
      policy: await loadPolicy(db),
      now: clock.now(),
    }),
  "partners.scoreHistory": async (input, { db, clock }) =>
    partnerScoreHistory(db, input, {
      policy: await loadPolicy(db),
      now: clock.now(),
    }),
};
