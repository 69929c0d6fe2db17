// The inbox figures: unread and unanswered threads across the scale database, with the messages
// topped up to 1,000,000 (the demo's order lives leave about a third of that).
import { sqliteOf } from "../test/fixtures/core";
import type { Core } from "../electron/core/start-core";
import { percentile, signInAs, timeEach, type Metric } from "./measure";

const targetMessages = 1_000_000;

/** Adds older messages to the local scale database until it holds 1,000,000. */
export function topUpMessages(core: Core): void {
  const sqlite = sqliteOf(core);
  const { n } = sqlite.prepare("SELECT count(*) AS n FROM messages").get() as {
    n: number;
  };
  if (n >= targetMessages) return;
  const threads = sqlite
    .prepare("SELECT id, last_message_at FROM message_threads ORDER BY id")
    .all() as { id: number; last_message_at: string }[];
  const insert = sqlite.prepare(
    `INSERT INTO messages (thread_id, author_kind, author_user_id, author_name, body, created_at)
     VALUES (?, 'partner', NULL, 'Benchmark partner', ?, ?)`,
  );
  const body = JSON.stringify({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Older note." }] },
    ],
  });
  sqlite.transaction(() => {
    // Older messages, before each thread's last one: the threads' state stays as it was.
    for (let i = 0; n + i < targetMessages; i++) {
      const thread = threads[i % threads.length];
      if (!thread) break;
      const at = new Date(
        Date.parse(thread.last_message_at) - (i + 1) * 60_000,
      ).toISOString();
      insert.run(thread.id, body, at);
    }
  })();
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
