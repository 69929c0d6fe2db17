import { auditHistory } from "../audit/history";
import { partnerScore, partnerScoreHistory } from "../ratings/partner-score";
import type { HandlersOf } from "../rpc/handler-types";
import { loadPolicy } from "../settings/policy";
import { getPartner } from "./get-partner";
import { listPartners } from "./list-partners";
import { pausePartner, resumePartner } from "./pause-partner";
import { ratedOrders } from "./rated-orders";
import { createPartner, updatePartner } from "./save-partner";
import { setCommunication } from "./set-communication";
import { setPartnerLanguage } from "./set-language";

export const partnerHandlers: HandlersOf<"partners"> = {
  "partners.list": async (input, { db, clock }) =>
    listPartners(db, input, { now: clock.now(), policy: await loadPolicy(db) }),
  "partners.get": ({ id }, { db, clock }) => getPartner(db, id, clock.now()),
  "partners.tiers": async (_input, { db }) => {
    const rows = await db
      .selectFrom("partners")
      .select((eb) => ["tier", eb.fn.countAll<number>().as("count")])
      .where("active", "=", 1)
      .groupBy("tier")
      .execute();
    return (["highly_rated", "compliant", "new", "lower"] as const).map(
      (tier) => ({
        tier,
        count: Number(rows.find((r) => r.tier === tier)?.count ?? 0),
      }),
    );
  },
  "partners.ratedOrders": (input, { db }) => ratedOrders(db, input),
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
  "partners.create": (input, context) => createPartner(context, input),
  "partners.update": (input, context) => updatePartner(context, input),
  "partners.pause": (input, context) => pausePartner(context, input),
  "partners.resume": (input, context) => resumePartner(context, input),
  "partners.history": ({ partnerId, offset, limit }, { db }) =>
    auditHistory(
      db,
      { entity: "partner", entityId: partnerId },
      { offset, limit },
    ),
  "partners.setCommunication": ({ partnerId, setting }, context) =>
    setCommunication(context, partnerId, setting),
  "partners.setLanguage": ({ partnerId, language }, context) =>
    setPartnerLanguage(context, partnerId, language),
};
