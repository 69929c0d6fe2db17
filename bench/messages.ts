// The inbox figures: unread and unanswered threads across the scale database, with the messages
// topped up to 1,000,000 (the demo's order lives leave about half of that).
import { sqliteOf } from "../test/fixtures/core";
import type { SqliteHandle } from "../electron/core/db/connect";
import type { Core } from "../electron/core/start-core";
import { percentile, signInAs, timeEach, type Metric } from "./measure";

const targetMessages = 1_000_000;

/**
 * Adds older messages to the local scale database until it holds 1,000,000 (or `target`): older
 * by date and by id, as in a database used for years. The demo's messages move up to make room below them,
 * because the console takes a higher id for a newer message (search's newest first, the unread
 * counts); filler with the highest ids would be a million-message history that no console writes.
 */
export function topUpMessages(core: Core, target = targetMessages): void {
  const sqlite = sqliteOf(core);
  const { n } = sqlite.prepare("SELECT count(*) AS n FROM messages").get() as {
    n: number;
  };
  if (n >= target) {
    refuseOldLayout(sqlite);
    return;
  }
  const older = target - n;
  const threads = sqlite
    .prepare(
      `SELECT thread_id AS id, min(created_at) AS first_message_at
       FROM messages GROUP BY thread_id ORDER BY thread_id`,
    )
    .all() as { id: number; first_message_at: string }[];
  const insert = sqlite.prepare(
    `INSERT INTO messages (id, thread_id, author_kind, author_user_id, author_name, body, created_at)
     VALUES (?, ?, 'partner', NULL, 'Benchmark partner', ?, ?)`,
  );
  const body = JSON.stringify({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Older note." }] },
    ],
  });
  const { last } = sqlite
    .prepare("SELECT coalesce(max(id), 0) AS last FROM messages")
    .get() as { last: number };
  sqlite.transaction(() => {
    // Checked at the commit, once every reference has moved: a reference missed fails it.
    sqlite.pragma("defer_foreign_keys = ON");
    moveMessageIdsUp(sqlite, Math.max(older, last));
    // In id order, as they would have been written (a B-tree filled backwards is half empty); the
    // lower the id, the older the message.
    for (let id = 1; id <= older; id++) {
      const i = older - id;
      const thread = threads[i % threads.length];
      if (!thread) break;
      const before = Math.floor(i / threads.length) + 1;
      const at = new Date(
        Date.parse(thread.first_message_at) - before * 60_000,
      ).toISOString();
      insert.run(id, thread.id, body, at);
    }
    sqlite
      .prepare(
        "UPDATE message_threads SET message_count = (SELECT count(*) FROM messages m WHERE m.thread_id = message_threads.id)",
      )
      .run();
  })();
  // One index segment again, as an index built over years and merged as it grew.
  sqlite
    .prepare("INSERT INTO message_search (message_search) VALUES ('optimize')")
    .run();
}

/** A scale database topped up by an older bench gave the filler the newest ids. */
function refuseOldLayout(sqlite: SqliteHandle["sqlite"]): void {
  const newest = sqlite
    .prepare("SELECT author_name FROM messages ORDER BY id DESC LIMIT 1")
    .get() as { author_name: string } | undefined;
  if (newest?.author_name === "Benchmark partner")
    throw new Error(
      "bench/scale.sqlite was topped up by an older bench, with the filler messages as the newest: " +
        "run `npm run bench` without --reuse to seed it anew.",
    );
}

/**
 * Every message id, and every reference to one, up by `by`, which is more than the highest id, so
 * no moved id meets one not yet moved.
 */
function moveMessageIdsUp(sqlite: SqliteHandle["sqlite"], by: number): void {
  for (const [table, column] of [
    ["messages", "id"],
    ["message_search", "rowid"],
    ["message_attachments", "message_id"],
    ["message_reads", "last_read_message_id"],
    ["message_threads", "last_message_id"],
  ] as const)
    sqlite
      .prepare(
        `UPDATE ${table} SET ${column} = ${column} + CAST(? AS INTEGER) WHERE ${column} > 0`,
      )
      .run(by);
}

export async function measureMessages(
  core: Core,
  metrics: Record<string, Metric>,
): Promise<void> {
  if (core.handle.dialect === "sqlite") topUpMessages(core);
  const { n } = await core.services.db
    .selectFrom("messages")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  metrics.messages_in_database = { value: n, unit: "messages" };
  const sessions = await Promise.all(
    [
      "dispatcher@cutr.example",
      "accounts@cutr.example",
      "quality@cutr.example",
    ].map((email) => signInAs(core, email)),
  );
  const calls = Array.from({ length: 150 }, (_, i) => ({
    session: sessions[i % sessions.length] as string,
    input:
      i % 3 === 0
        ? { filter: { show: "waiting" as const } }
        : i % 3 === 1
          ? { filter: { show: "unanswered" as const } }
          : { filter: { show: "unread" as const, kind: "cutr" as const } },
  }));
  const inbox = await timeEach(calls, async ({ session, input }) => {
    const result = await core.call("messages.inbox", input, session);
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.inbox_p95_ms = {
    value: percentile(inbox, 95),
    unit: "ms",
    target: "<= 30",
  };
  const counts = await timeEach(calls, async ({ session }) => {
    const result = await core.call("messages.unreadCount", {}, session);
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.unread_count_p95_ms = {
    value: percentile(counts, 95),
    unit: "ms",
  };
}
