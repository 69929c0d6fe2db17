// The mail channel's figures: building one thread-message email (render, queue and MIME, on the
// scale database, each sample rolled back) and reading replies from a mailbox of 5,000 held by a
// real Dovecot on loopback (read, matched and stored on a demo database file of their own).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import MailComposer from "nodemailer/lib/mail-composer";
import sharp from "sharp";
import { fixedClock } from "../electron/core/clock";
import { enqueueMessageEmails } from "../electron/core/mail/message-email";
import { readMailbox } from "../electron/core/mail/read-mailbox";
import { replyAddress } from "../electron/core/mail/reply-address";
import { threadParties } from "../electron/core/mail/thread-parties";
import { mailOptionsOf } from "../electron/core/outbox/send-due-emails";
import { saveSetting } from "../electron/core/settings/save-setting";
import { startCore, type Core } from "../electron/core/start-core";
import type { MessageDoc } from "../shared/message-body";
import {
  imapPassword,
  imapUser,
  requireDovecot,
  startImapServer,
} from "../test/fixtures/imap-server";
import { percentile, signInAs, timeEach, type Metric } from "./measure";

const replyDomain = "reply.cutr.bench";
const mailboxSize = 5_000;
const rollback = new Error("rolled back: a bench sample");

const channelOn = {
  enabled: true,
  host: "127.0.0.1",
  port: 143,
  security: "none",
  user: "bench",
  replyDomain,
  intervalMinutes: 5,
};

/** message_out_render_ms: one staff message's email, rendered, queued and built as MIME. */
export async function measureMessageOut(
  core: Core,
  metrics: Record<string, Metric>,
): Promise<void> {
  const { db } = core.services;
  const samples = await db
    .selectFrom("messages as m")
    .innerJoin("message_threads as t", "t.id", "m.thread_id")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .select([
      "m.id",
      "m.thread_id",
      "m.body",
      "m.author_name",
      "o.id as order_id",
    ])
    .where("m.author_kind", "=", "staff")
    .where("t.kind", "=", "cutr")
    .where("t.ended_at", "is", null)
    .where("o.partner_id", "is not", null)
    .where(sql<boolean>`m.id % 89 = 0`)
    .limit(240)
    .execute();
  if (samples.length < 40) throw new Error("too few staff messages to time");
  const build = async (message: (typeof samples)[number]) =>
    db
      .transaction()
      .execute(async (trx) => {
        await saveSetting(trx, "imap", channelOn, {
          userId: null,
          at: new Date(),
        });
        await enqueueMessageEmails(trx, core.services.secrets, {
          messageId: message.id,
          threadId: message.thread_id,
          orderId: message.order_id,
          thread: "cutr",
          from: { kind: "staff", name: message.author_name },
          body: (typeof message.body === "string"
            ? JSON.parse(message.body)
            : message.body) as MessageDoc,
          at: new Date(),
        });
        const email = await trx
          .selectFrom("outbox")
          .select([
            "recipient",
            "subject",
            "body",
            "html",
            "headers",
            "message_ref",
          ])
          // The row just queued: the newest (outbox has no index on message_ref, nor needs one).
          .orderBy("id", "desc")
          .limit(1)
          .executeTakeFirstOrThrow();
        const options = await mailOptionsOf(
          { ...core.services, db: trx },
          email,
          "orders@cutr.bench",
        );
        await new MailComposer(options).compile().build();
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  await timeEach(samples.slice(0, 20), build); // warm
  const times = await timeEach(samples.slice(20), build);
  metrics.message_out_render_ms = {
    value: percentile(times, 95),
    unit: "ms",
    target: "<= 20",
  };
}

/** A partner's answer: mostly words, one in twenty with a phone photo. */
async function answers(core: Core, photo: Buffer): Promise<Buffer[]> {
  const { db } = core.services;
  const ids = await db
    .selectFrom("message_threads as t")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .select("t.id")
    .where("t.kind", "=", "cutr")
    .where("t.ended_at", "is", null)
    .where("o.status", "not in", ["cancelled", "approved"])
    .where("o.partner_id", "is not", null)
    .limit(500)
    .execute();
  const threads: { id: number; from: string; to: string }[] = [];
  for (const { id } of ids) {
    const parties = await threadParties(db, id);
    if (parties?.partnerEmail)
      threads.push({
        id,
        from: parties.partnerEmail,
        to: await replyAddress(db, id, replyDomain),
      });
  }
  if (threads.length === 0) throw new Error("no open Cutr threads to answer");
  return Promise.all(
    Array.from({ length: mailboxSize }, (_, i) => {
      const thread = threads[i % threads.length]!;
      return new MailComposer({
        from: thread.from,
        to: thread.to,
        subject: "Re: your order",
        messageId: `<bench.${i}@partner.bench>`,
        text: `Answer ${i}: the panels are cut, edge banding tomorrow.\n\nOn Monday, Cutr wrote:\n> How far along are you?`,
        attachments:
          i % 20 === 0 ? [{ filename: `IMG_${i}.jpg`, content: photo }] : [],
      })
        .compile()
        .build();
    }),
  );
}

/** mail_in_per_s: replies read from the mailbox, matched to their threads and stored. */
export async function measureMailIn(
  now: string,
  metrics: Record<string, Metric>,
): Promise<void> {
  try {
    requireDovecot();
  } catch (error) {
    console.log(`mail_in_per_s not measured: ${(error as Error).message}`);
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), "cutr-bench-mail-"));
  const imap = await startImapServer();
  const core = await startCore({
    databaseFile: join(folder, "cutr.sqlite"),
    clock: fixedClock(now),
    demo: true,
    log: { error: (m, d) => console.error(m, d), info: () => undefined },
  });
  try {
    const admin = await signInAs(core, "admin@cutr.example");
    const saved = await core.call(
      "settings.updateImap",
      {
        settings: { ...channelOn, port: imap.port, user: imapUser },
        password: imapPassword,
      },
      admin,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const photo = await sharp({
      create: {
        width: 1600,
        height: 1200,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 85 })
      .toBuffer();
    await imap.deliverMany(await answers(core, photo));
    const started = performance.now();
    const report = await readMailbox(core.services);
    const seconds = (performance.now() - started) / 1000;
    if (!report || report.error) throw new Error(report?.error ?? "not read");
    if (report.read !== mailboxSize)
      throw new Error(`read ${report.read} of ${mailboxSize}`);
    metrics.mail_in_per_s = {
      value: report.read / seconds,
      unit: "mails/s",
      target: ">= 50",
    };
  } finally {
    await core.close();
    await imap.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
