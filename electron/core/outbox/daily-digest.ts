// The daily reminder of unread messages (DOMAIN.md, Messages): at 08:00 (policy) Amsterdam time, one email
// per staff member who has unread messages. Run every hour; a day's digest is written once.
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { businessDateOf, instantAt } from "../../../shared/rules/business-time";
import type { CoreServices } from "../context";
import { messageCounts } from "../messages/inbox";
import { lockJob } from "../db/dialect";
import { loadPolicy } from "../settings/policy";

export async function enqueueDailyDigest(
  services: CoreServices,
): Promise<number> {
  const { db, clock } = services;
  const now = clock.now();
  const { digestHour } = await loadPolicy(db);
  const dueAt = instantAt(businessDateOf(now), digestHour);
  if (now < dueAt) return 0;
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "name", "language"])
    .where("active", "=", 1)
    .execute();
  let written = 0;
  for (const user of users) {
    const { unread, unanswered } = await messageCounts(db, user.id);
    if (unread === 0) continue;
    const wrote = await db.transaction().execute(async (trx) => {
      await lockJob(trx, "unread_digest");
      const already = await trx
        .selectFrom("outbox")
        .select("id")
        .where("kind", "=", "unread_digest")
        .where("recipient", "=", user.email)
        // Written today at or after the digest hour: not its due time, which sending overwrites.
        .where("created_at", ">=", dueAt.toISOString())
        .executeTakeFirst();
      if (already) return false;
      const t = translatorFor(user.language);
      await trx
        .insertInto("outbox")
        .values({
          kind: "unread_digest",
          order_id: null,
          recipient: user.email,
          subject: t("email:digest.subject", { count: unread }),
          body: t("email:digest.body", {
            name: user.name,
            unread: t("email:digest.unread", { count: unread }),
            unanswered: t("email:digest.unanswered", { count: unanswered }),
          }),
          due_at: dueAt.toISOString(),
          status: "queued",
          created_at: now.toISOString(),
        })
        .execute();
      return true;
    });
    if (wrote) written++;
  }
  return written;
}
