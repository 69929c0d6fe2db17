// Each thread's reply address: reply+t<thread>.<signature>@<reply domain>. The signature is an
// HMAC of the thread id with a key the console makes once and keeps in the shared settings, so a
// partner cannot write into another order's thread by changing the number, and every console of
// a team signs and checks alike. Lower-case hex, since mail systems may change the case.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

const keyName = "mail.reply_key";
const signatureLength = 20;

async function replyKey(db: Kysely<Database>): Promise<Buffer> {
  const made = randomBytes(32).toString("hex");
  await db
    .insertInto("settings")
    .values({
      key: keyName,
      value: JSON.stringify(made),
      updated_at: new Date().toISOString(),
      updated_by: null,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", keyName)
    .executeTakeFirstOrThrow();
  return Buffer.from(JSON.parse(row.value) as string, "hex");
}

const sign = (key: Buffer, threadId: number) =>
  createHmac("sha256", key)
    .update(`thread:${threadId}`)
    .digest("hex")
    .slice(0, signatureLength);

export async function replyAddress(
  db: Kysely<Database>,
  threadId: number,
  domain: string,
): Promise<string> {
  return `reply+t${threadId}.${sign(await replyKey(db), threadId)}@${domain.toLowerCase()}`;
}

export type ReplyToken =
  | { kind: "none" }
  | { kind: "forged"; threadId: number }
  | { kind: "valid"; threadId: number };

/** The thread a mail was sent to, from the first reply address among its recipients. */
export async function threadOfRecipients(
  db: Kysely<Database>,
  recipients: string[],
  domain: string,
): Promise<ReplyToken> {
  const pattern = /^reply\+t(\d{1,12})\.([0-9a-z]+)@(.+)$/i;
  for (const recipient of recipients) {
    const match = pattern.exec(recipient.trim());
    if (!match || match[3]?.toLowerCase() !== domain.toLowerCase()) continue;
    const threadId = Number(match[1]);
    const given = Buffer.from((match[2] ?? "").toLowerCase());
    const expected = Buffer.from(sign(await replyKey(db), threadId));
    const valid =
      given.length === expected.length && timingSafeEqual(given, expected);
    return { kind: valid ? "valid" : "forged", threadId };
  }
  return { kind: "none" };
}
