// partners.setCommunication: whether the partner's orders may have a Customer thread.
import type { CommunicationSetting } from "../../../shared/domain";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { notFound } from "../errors";

export async function setCommunication(
  context: RequestContext,
  partnerId: number,
  setting: CommunicationSetting,
) {
  const user = signedInUser(context);
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const partner = await trx
      .selectFrom("partners")
      .select(["communication"])
      .where("id", "=", partnerId)
      .executeTakeFirst();
    if (!partner) throw notFound("partner", partnerId);
    await trx
      .updateTable("partners")
      .set((eb) => ({
        // A form opened before this change must not save over it.
        version: eb("version", "+", 1),
        communication: setting,
      }))
      .where("id", "=", partnerId)
      .execute();
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "partner.communication",
      entity: "partner",
      entityId: partnerId,
      orderId: null,
      before: { communication: partner.communication },
      after: { communication: setting },
    });
    return { partnerId, communication: setting };
  });
}
