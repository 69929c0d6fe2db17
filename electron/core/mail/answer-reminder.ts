// The partners' and customers' daily reminder (DOMAIN.md, Messages: answers by email): whoever
// was emailed a staff message before today and has not answered in that thread since gets one
// email at the digest hour (08:00, policy) Amsterdam time listing those orders; never more than
// one a day. Only while the mail channel is on: without it nothing reached them to answer.
import { sql, type Kysely } from "kysely";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { businessDateOf, instantAt } from "../../../shared/rules/business-time";
import type { CoreServices } from "../context";
import { lockJob } from "../db/dialect";
import type { Database } from "../db/schema";
import { enqueueEmail } from "../outbox/enqueue-email";
import { loadPolicy } from "../settings/policy";
import { readSetting } from "../settings/read-setting";
import { saveSetting } from "../settings/save-setting";
import { loadImap } from "./imap-settings";
import { threadRecipients, type Recipient } from "./message-email";

const kind = "answer_reminder";
const doneKey = "answer_reminder.day";

interface Waiting {
  recipient: Recipient;
  orders: { number: string; title: string }[];
}

/** Staff messages emailed before `before` to each address of an open thread, newest per pair. */
function emailedStaffMessages(db: Kysely<Database>, before: string) {
  return db
    .selectFrom("outbox as ob")
    .innerJoin("messages as m", "m.id", "ob.message_ref")
    .innerJoin("message_threads as t", "t.id", "ob.thread_id")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .select((eb) => [
      "t.id as thread_id",
      "t.kind",
      "o.id as order_id",
      "o.number",
      "o.title",
      "ob.recipient",
      eb.fn.max("m.created_at").as("last_at"),
    ])
    .where("ob.kind", "=", "thread_message")
    .where("ob.status", "!=", "failed")
    .where("m.author_kind", "=", "staff")
    .where("m.created_at", "<", before)
    .where("t.ended_at", "is", null)
    .where("o.status", "not in", ["approved", "cancelled"])
    .groupBy(["t.id", "t.kind", "o.id", "o.number", "o.title", "ob.recipient"])
    .orderBy("o.number")
    .execute();
}

/** Who has messages waiting for an answer since before `before`, with the orders they concern. */
export async function waitingForAnswer(
  db: Kysely<Database>,
  before: string,
): Promise<Waiting[]> {
  const byAddress = new Map<string, Waiting>();
  for (const row of await emailedStaffMessages(db, before)) {
    const recipient = (await threadRecipients(db, row.order_id, row.kind)).find(
      (r) => r.email.toLowerCase() === row.recipient.toLowerCase(),
    );
    if (!recipient) continue; // no longer this order's partner or customer
    const answer = await db
      .selectFrom("messages")
      .select("id")
      .where("thread_id", "=", row.thread_id)
      .where("author_kind", "=", recipient.kind)
      .where("created_at", ">", String(row.last_at))
      .executeTakeFirst();
    if (answer) continue;
    const address = recipient.email.toLowerCase();
    const waiting = byAddress.get(address) ?? { recipient, orders: [] };
    if (!waiting.orders.some((o) => o.number === row.number))
      waiting.orders.push({ number: row.number, title: row.title });
    byAddress.set(address, waiting);
  }
  return [...byAddress.values()];
}

/** Writes today's reminders once the digest hour has come; returns how many it wrote. */
export async function enqueueAnswerReminders(
  services: CoreServices,
): Promise<number> {
  const { db, clock } = services;
  const mailbox = await loadImap(db, services.secrets);
  if (!mailbox?.enabled) return 0;
  const now = clock.now();
  const { digestHour } = await loadPolicy(db);
  const today = businessDateOf(now);
  const dueAt = instantAt(today, digestHour);
  if (now < dueAt) return 0;
  const startOfToday = instantAt(today, 0).toISOString();
  // The day's reminders are written once; the hourly runs after that read one row.
  if ((await readSetting(db, doneKey)) === today) return 0;
  let written = 0;
  for (const { recipient, orders } of await waitingForAnswer(
    db,
    startOfToday,
  )) {
    const wrote = await db.transaction().execute(async (trx) => {
      await lockJob(trx, kind);
      const already = await trx
        .selectFrom("outbox")
        .select("id")
        .where("kind", "=", kind)
        .where(
          sql<string>`lower(recipient)`,
          "=",
          recipient.email.toLowerCase(),
        )
        // Written today: by creation, not its due time, which sending overwrites; from the day's
        // start, so moving the hour later in the day sends no second one.
        .where("created_at", ">=", startOfToday)
        .limit(1)
        .executeTakeFirst();
      if (already) return false;
      const t = translatorFor(recipient.language);
      await enqueueEmail(trx, {
        kind,
        orderId: null,
        recipient: recipient.email,
        subject: t("email:answerReminder.subject", { count: orders.length }),
        body: t("email:answerReminder.body", {
          name: recipient.name,
          orders: orders.map((o) => `- ${o.number} ${o.title}`).join("\n"),
        }),
        dueAt,
        createdAt: now,
      });
      return true;
    });
    if (wrote) written++;
  }
  await saveSetting(db, doneKey, today, { userId: null, at: now });
  return written;
}
