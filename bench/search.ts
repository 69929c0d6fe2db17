// The global search figure: what staff type into Ctrl+K, across 200,000 orders and 1,000,000
// messages.
import { sql } from "kysely";
import type { Core } from "../electron/core/start-core";
import { percentile, signInAs, timeEach, type Metric } from "./measure";

export async function measureSearch(
  core: Core,
  metrics: Record<string, Metric>,
): Promise<void> {
  const session = await signInAs(core, "dispatcher@cutr.example");
  const numbers = (
    await core.services.db
      .selectFrom("orders")
      .select("number")
      .orderBy(sql`random()`)
      .limit(30)
      .execute()
  ).map((r) => r.number);
  const texts = [
    ...numbers.map((n) => n.slice(-5)),
    "ams",
    "amsterdam",
    "müller",
    "hotel ørsted",
    "lacquer",
    "delivery van",
    "photos of the",
    "kitchen",
    "rotterdam keiz",
    "c-2026-001",
    "stolarnia",
    "ij",
  ];
  const inputs = Array.from({ length: 240 }, (_, i) => texts[i % texts.length]);
  await timeEach(inputs.slice(0, 20), (text) =>
    core.call("search.global", { text }, session),
  );
  const samples = await timeEach(inputs, async (text) => {
    const result = await core.call("search.global", { text }, session);
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.search_p95_ms = {
    value: percentile(samples, 95),
    unit: "ms",
    target: "<= 30",
  };
  // The worst case kept in sight: words found only long ago, in the 670,000 oldest messages (the
  // filler of bench/messages.ts) and in none of the newest. SQLite's index walks its newest matches
  // first; PostgreSQL's GIN index cannot (see text-index.ts).
  const oldWords = await timeEach(
    Array.from({ length: 20 }, () => "older note"),
    (text) => core.call("search.global", { text }, session),
  );
  metrics.search_old_words_p95_ms = {
    value: percentile(oldWords, 95),
    unit: "ms",
  };
}
