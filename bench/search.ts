// The global search figure: what staff type into Ctrl+K, across 200,000 orders and 1,000,000
// messages.
import { sql } from "kysely";
import type { Core } from "../electron/core/start-core";
import type { SearchResults } from "../shared/contract";
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
  // Any part of a number or a name: the middle of an order number ("6-0223"), a piece from inside
  // a customer's or partner's name, and a name with two letters swapped (found within one typo).
  const named = await core.services.db
    .selectFrom("orders")
    .select(["number", "customer_name", "partner_name"])
    .where("partner_name", "is not", null)
    .orderBy(sql`random()`)
    .limit(30)
    .execute();
  const pieces = named.flatMap((o) => [
    o.number.slice(-7, -1),
    o.customer_name.slice(2, 7),
    (o.partner_name ?? "").slice(3, 8),
  ]);
  const infix = await timeEach(
    Array.from({ length: 180 }, (_, i) => pieces[i % pieces.length] ?? ""),
    async (text) => {
      const result = await core.call("search.global", { text }, session);
      if (!result.ok) throw new Error(result.error.message);
    },
  );
  metrics.search_infix_p95_ms = {
    value: percentile(infix, 95),
    unit: "ms",
    target: "<= 30",
  };
  const swapped = named.slice(0, 20).map((o) => {
    const word =
      o.customer_name.split(" ").sort((a, b) => b.length - a.length)[0] ?? "";
    return `${word.slice(0, 2)}${word[3] ?? ""}${word[2] ?? ""}${word.slice(4)}`;
  });
  const typos = await timeEach(swapped, async (text) => {
    const result = await core.call("search.global", { text }, session);
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.search_typo_p95_ms = { value: percentile(typos, 95), unit: "ms" };
  // The worst case kept in sight: two words found only long ago, in each of the oldest 530,000
  // messages (the filler of bench/messages.ts) and in none of the newest. Neither engine can stop
  // early here: SQLite's FTS5 gathers every match of a prefix first, PostgreSQL's GIN index
  // every match of each word (see text-index.ts).
  const oldWords = await timeEach(
    Array.from({ length: 20 }, () => "older note"),
    async (text) => {
      const result = await core.call("search.global", { text }, session);
      if (!result.ok) throw new Error(result.error.message);
      if ((result.value as SearchResults).messages.length === 0)
        throw new Error(`No message found for "${text}".`);
    },
  );
  metrics.search_old_words_p95_ms = {
    value: percentile(oldWords, 95),
    unit: "ms",
    target: "<= 50",
  };
}
