// The bench's million messages: the filler it adds must look like years of older messages (lower
// ids, earlier dates) and leave what staff see of the demo's messages as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topUpMessages } from "../../bench/messages";
import type { Core } from "../../electron/core/start-core";
import type { InboxRow, SearchResults } from "../../shared/contract";
import { signIn, sqliteOf, testCore, valueOf } from "../fixtures/core";

let core: Core;
let session: string;
const added = 700;

/** What the dispatcher sees waiting. A thread never opened has every message unread, filler too. */
const state = async () => {
  const inbox = valueOf<{ rows: InboxRow[] }>(
    await core.call("messages.inbox", { filter: { show: "waiting" } }, session),
  );
  return {
    unread: valueOf(await core.call("messages.unreadCount", {}, session)),
    inbox: inbox.rows.map(({ unread, ...row }) => ({
      ...row,
      unread: unread > 0,
    })),
  };
};
const searched = async (text: string) =>
  valueOf<SearchResults>(
    await core.call("search.global", { text }, session),
  ).messages.map((m) => [m.orderId, m.snippet]);

beforeAll(async () => {
  ({ core } = await testCore());
  session = await signIn(core, "dispatcher@cutr.example");
});
afterAll(() => core.close());

describe("the bench's topUpMessages", () => {
  it("adds messages older by id and by date, and changes nothing staff see", async () => {
    const sqlite = sqliteOf(core);
    const before = await state();
    const word = "photos";
    const found = await searched(word);
    expect(found.length).toBeGreaterThan(0);
    const { n } = sqlite
      .prepare("SELECT count(*) AS n FROM messages")
      .get() as {
      n: number;
    };
    // An attachment on the newest message: its reference must move with it.
    const newest = sqlite
      .prepare("SELECT id, body FROM messages ORDER BY id DESC LIMIT 1")
      .get() as { id: number; body: string };
    sqlite
      .prepare(
        `INSERT INTO message_attachments (message_id, name, sha256, mime, size_bytes)
         VALUES (?, 'plan.pdf', ?, 'application/pdf', 1)`,
      )
      .run(newest.id, "0".repeat(64));

    topUpMessages(core, n + added);

    const filler = sqlite
      .prepare(
        `SELECT max(m.id) AS newest, count(*) AS count,
           sum(m.created_at >= (SELECT min(created_at) FROM messages d
             WHERE d.thread_id = m.thread_id AND d.author_name <> 'Benchmark partner')) AS not_older
         FROM messages m WHERE m.author_name = 'Benchmark partner'`,
      )
      .get() as { newest: number; count: number; not_older: number };
    const { oldest } = sqlite
      .prepare(
        "SELECT min(id) AS oldest FROM messages WHERE author_name <> 'Benchmark partner'",
      )
      .get() as { oldest: number };
    expect(filler.count).toBe(added);
    expect(filler.newest).toBeLessThan(oldest);
    expect(filler.not_older).toBe(0);
    expect(sqlite.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    sqlite
      .prepare(
        "INSERT INTO message_search (message_search) VALUES ('integrity-check')",
      )
      .run();
    const attached = sqlite
      .prepare(
        "SELECT m.body FROM message_attachments a JOIN messages m ON m.id = a.message_id WHERE a.name = 'plan.pdf'",
      )
      .get() as { body: string };
    expect(attached.body).toBe(newest.body);
    // Within a thread, a lower id is never a later date.
    const { backwards } = sqlite
      .prepare(
        `SELECT count(*) AS backwards FROM messages a JOIN messages b
         ON b.thread_id = a.thread_id AND a.id < b.id AND a.created_at > b.created_at`,
      )
      .get() as { backwards: number };
    expect(backwards).toBe(0);
    const threads = sqlite
      .prepare(
        `SELECT count(*) AS wrong FROM message_threads t
         WHERE t.last_message_id IS NOT (SELECT max(id) FROM messages WHERE thread_id = t.id)
           OR t.message_count <> (SELECT count(*) FROM messages WHERE thread_id = t.id)`,
      )
      .get() as { wrong: number };
    expect(threads.wrong).toBe(0);

    expect(await state()).toEqual(before);
    expect(await searched(word)).toEqual(found);
    expect((await searched("older note")).length).toBeGreaterThan(0);
  });
});
