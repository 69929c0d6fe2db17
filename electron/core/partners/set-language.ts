// partners.setLanguage: the language of the emails the partner gets.
import type { Language } from "../../../shared/i18n/languages";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { notFound } from "../errors";

export async function setPartnerLanguage(
  context: RequestContext,
  partnerId: number,
  language: Language,
) {
  const user = signedInUser(context);
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const partner = await trx
      .selectFrom("partners")
      .select(["language"])
      .where("id", "=", partnerId)
      .executeTakeFirst();
    if (!partner) throw notFound("partner", partnerId);
    await trx
      .updateTable("partners")
      .set((eb) => ({
        // A form opened before this change must not save over it.
        version: eb("version", "+", 1),
        language,
      }))
      .where("id", "=", partnerId)
      .execute();
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "partner.language",
      entity: "partner",
      entityId: partnerId,
      orderId: null,
      before: { language: partner.language },
      after: { language },
    });
    return { partnerId, language };
  });
}
