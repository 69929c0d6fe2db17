// Two consoles on one team database read the same mailbox at the same moment: every mail is
// posted exactly once, whichever console got to it first (mail_in's unique mailbox and UID,
// written in the transaction that posts the mail).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailbox } from "../../../electron/core/mail/read-mailbox";
import type { Core } from "../../../electron/core/start-core";
import { secondConsole, testCore } from "../../fixtures/core";
import {
  imapPassword,
  startImapServer,
  type ImapTestServer,
} from "../../fixtures/imap-server";
import { answersWaiting } from "../../fixtures/mailbox";

const mails = 60;
let core: Core;
let colleague: Core;
let imap: ImapTestServer;
let threadId: number;

beforeAll(async () => {
  const made = await testCore();
  core = made.core;
  imap = await startImapServer();
  threadId = await answersWaiting(core, imap, mails);
  // The password is each console's own secret, as an admin would enter it on each.
  colleague = await secondConsole(made.databaseUrl!);
  colleague.services.secrets.set("imap.password", imapPassword);
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
