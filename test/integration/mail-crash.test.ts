// A console killed with SIGKILL while it reads the mailbox loses and doubles nothing: each mail is
// kept in mail_in in the transaction that posts it, so the next read starts at the first mail the
// killed one did not finish (DOMAIN.md, Messages: answers by email; issue: exactly once).
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../electron/core/clock";
import { startCore } from "../../electron/core/start-core";
import { smallDemo, testNow } from "../fixtures/core";
import { startImapServer, type ImapTestServer } from "../fixtures/imap-server";
import { answersWaiting } from "../fixtures/mailbox";

const mails = 120;
const folder = mkdtempSync(join(tmpdir(), "cutr-mail-crash-"));
const databaseFile = join(folder, "cutr.sqlite");
let imap: ImapTestServer;
let threadId: number;

beforeAll(async () => {
  imap = await startImapServer();
  const core = await startCore({
    databaseFile,
    clock: fixedClock(testNow),
    demo: true,
    demoSize: smallDemo,
    log: { error: () => undefined, info: () => undefined },
  });
  threadId = await answersWaiting(core, imap, mails);
  await core.close();
}, 120_000);

afterAll(async () => {
  await imap?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the reader process; with killAfter, kills it with SIGKILL once that many mails are kept. */
function reader(killAfter?: number): Promise<{ killedAt: number | null }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/fixtures/mail-reader-worker.ts"],
    {
      env: { ...process.env, CUTR_DB: databaseFile },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    let killedAt: number | null = null;
    const watch =
      killAfter === undefined
        ? null
        : setInterval(() => {
            const kept = keptCount();
            if (kept >= killAfter && killedAt === null) {
              killedAt = kept;
              child.kill("SIGKILL");
            }
          }, 5);
    child.on("exit", (code, signal) => {
      if (watch) clearInterval(watch);
      if (code === 0 || signal === "SIGKILL") resolve({ killedAt });
      else reject(new Error(`reader exited with ${code}: ${err}`));
    });
  });
}

function readOnly<T>(read: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const keptCount = () =>
  readOnly(
    (db) =>
      (db.prepare("SELECT count(*) AS n FROM mail_in").get() as { n: number })
        .n,
  );

describe("a console killed while it reads the mailbox", () => {
  it("loses and doubles no mail once it reads again", async () => {
    const first = await reader(10);
    expect(first.killedAt).not.toBeNull();
    const afterKill = keptCount();
    expect(afterKill).toBeLessThan(mails);
    await reader();

    const kept = readOnly((db) =>
      db
        .prepare("SELECT uid, status, message_ref FROM mail_in ORDER BY uid")
        .all(),
    ) as { uid: number; status: string; message_ref: number | null }[];
    expect(kept.map((k) => k.uid)).toEqual(
      Array.from({ length: mails }, (_, i) => i + 1),
    );
    expect(new Set(kept.map((k) => k.status))).toEqual(new Set(["posted"]));
    const posted = readOnly((db) =>
      db
        .prepare(
          "SELECT body FROM messages WHERE thread_id = ? AND author_kind = 'partner'",
        )
        .all(threadId),
    ) as { body: string }[];
    expect(posted).toHaveLength(mails);
    const numbers = posted.map(
      (p) => /Progress report (\d+)/.exec(p.body)?.[1],
    );
    expect(new Set(numbers).size).toBe(mails);
    expect(new Set(kept.map((k) => k.message_ref)).size).toBe(mails);
  }, 120_000);
});
