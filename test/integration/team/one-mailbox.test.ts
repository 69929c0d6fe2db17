// Two consoles on one team database read the same mailbox at the same moment: every mail is
// posted exactly once, whichever console got to it first (mail_in's unique mailbox and UID,
// written in the transaction that posts the mail).
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailbox } from "../../../electron/core/mail/read-mailbox";
import type { MailHeaders } from "../../../electron/core/mail/message-email";
import type { Core } from "../../../electron/core/start-core";
import { assignedOrder } from "../../fixtures/assigned-order";
import { secondConsole, signIn, testCore, valueOf } from "../../fixtures/core";
import {
  imapPassword,
  imapUser,
  startImapServer,
  type ImapTestServer,
} from "../../fixtures/imap-server";
import { textBody } from "../../fixtures/message-body";

const mails = 60;
let core: Core;
let colleague: Core;
let imap: ImapTestServer;
let threadId: number;

beforeAll(async () => {
  const made = await testCore();
  core = made.core;
  imap = await startImapServer();
  const admin = await signIn(core, "admin@cutr.example");
  const staff = await signIn(core, "dispatcher@cutr.example");
  valueOf(
    await core.call(
      "settings.updateImap",
      {
        settings: {
          enabled: true,
          host: "127.0.0.1",
          port: imap.port,
          security: "none",
          user: imapUser,
          replyDomain: "reply.cutr.test",
          intervalMinutes: 1,
        },
        password: imapPassword,
      },
      admin,
    ),
  );
  // The password is each console's own secret, as an admin would enter it on each.
  colleague = await secondConsole(made.databaseUrl!);
  colleague.services.secrets.set("imap.password", imapPassword);
  const { orderId } = await assignedOrder(core, staff);
  valueOf(
    await core.call(
      "messages.send",
      { orderId, thread: "cutr", body: textBody("How far along are you?") },
      staff,
    ),
  );
  const email = await core.services.db
    .selectFrom("outbox as ob")
    .innerJoin("partners as p", "p.email", "ob.recipient")
    .select(["ob.headers", "ob.thread_id", "p.email"])
    .where("ob.kind", "=", "thread_message")
    .executeTakeFirstOrThrow();
  const headers = JSON.parse(email.headers ?? "{}") as MailHeaders;
  threadId = email.thread_id!;
  for (let i = 1; i <= mails; i++)
    await imap.deliver(
      await new MailComposer({
        from: email.email,
        to: headers.replyTo,
        subject: "Re: progress",
        messageId: `<progress.${i}@partner.test>`,
        text: `Progress report ${i}.`,
      })
        .compile()
        .build(),
    );
}, 120_000);

afterAll(async () => {
  await colleague?.close();
  await core?.close();
  await imap?.stop();
});

describe("two consoles reading one mailbox", () => {
  it("post every mail once between them", async () => {
    const [mine, theirs] = await Promise.all([
      readMailbox(core.services, { batch: 7 }),
      readMailbox(colleague.services, { batch: 7 }),
    ]);
    expect(mine?.error).toBeNull();
    expect(theirs?.error).toBeNull();
    expect((mine?.outcomes.posted ?? 0) + (theirs?.outcomes.posted ?? 0)).toBe(
      mails,
    );

    const db = core.services.db;
    const kept = await db
      .selectFrom("mail_in")
      .select(["uid", "status"])
      .orderBy("uid")
      .execute();
    expect(kept.map((k) => k.uid)).toEqual(
      Array.from({ length: mails }, (_, i) => i + 1),
    );
    const posted = await db
      .selectFrom("messages")
      .select("body")
      .where("thread_id", "=", threadId)
      .where("author_kind", "=", "partner")
      .execute();
    expect(posted).toHaveLength(mails);
    const thread = await db
      .selectFrom("message_threads")
      .select("message_count")
      .where("id", "=", threadId)
      .executeTakeFirstOrThrow();
    expect(thread.message_count).toBe(mails + 1);
  }, 120_000);
});
