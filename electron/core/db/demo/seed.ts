// Fills a new database with demo data, deterministic from a seed: the demo console (about 5,000
// orders) and the benchmark's scale database (200,000 orders) come from the same code.
import type BetterSqlite3 from "better-sqlite3";
import type { Region } from "../../../../shared/domain";
import { defaultPolicy } from "../../../../shared/policy";
import {
  addressPools,
  demoUsers,
  demoDetails,
  makeCustomers,
  makePartners,
  type DemoPartner,
} from "./people";
import type { DemoPhotos } from "./demo-photos";
import { makeOrder, type OrderWorld } from "./order-life";
import { fillUnreadThreads } from "../migrations/0015_unread_threads";
import { fillDateChangeAssignments } from "../migrations/0017_date_changes_assignment";
import { splitCutrThreads } from "../migrations/0018_cutr_thread_per_assignment";
import { writePartnerAggregates } from "./partner-aggregates";
import { seededRandom } from "./random";
import { RowSink } from "./row-sink";
import { directWriter, type SeedWriter } from "./seed-writer";
import type { SeedWriterThread } from "./seed-writer-thread";

export interface DemoSize {
  partners: number;
  customers: number;
  orders: number;
}

export const demoSize: DemoSize = {
  partners: 200,
  customers: 80,
  orders: 5_000,
};
export const scaleSize: DemoSize = {
  partners: 2_000,
  customers: 800,
  orders: 200_000,
};

export interface SeedOptions {
  seed?: number;
  size?: DemoSize;
  now: Date;
  /** The photos already in the file store (see demo-photos.ts); without them orders have no files. */
  photos?: DemoPhotos;
  /** Called now and then with the number of orders written, for progress output. */
  onProgress?: (ordersWritten: number) => void;
}

/** Writes the demo data with raw prepared statements: seeding 200,000 orders through a query builder is too slow. */
export function seedDemoData(
  sqlite: BetterSqlite3.Database,
  options: SeedOptions,
): void {
  // A large page cache while seeding: the many indexes are written in random key order.
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma("cache_size = -1000000");
  // Rows are written in batches, children sometimes before their parents: foreign keys are
  // checked once over the whole data set at the end instead of row by row.
  const foreignKeys = sqlite.pragma("foreign_keys", { simple: true }) as number;
  sqlite.pragma("foreign_keys = OFF");
  try {
    sqlite.transaction(() => {
      writeDemoRows(sqlite, directWriter(sqlite), options);
      checkForeignKeys(sqlite.pragma("foreign_key_check") as unknown[]);
    })();
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
    sqlite.pragma(`foreign_keys = ${foreignKeys}`);
  }
}

/**
 * The same, with SQLite writing on a thread of its own (seedWriterThread: its own connection, one
 * transaction) while this thread makes the rows: the demo database in about half the time.
 * `sqlite` only reads the schema. Nothing is written when anything fails.
 */
export async function seedDemoDataInThread(
  sqlite: BetterSqlite3.Database,
  writer: SeedWriterThread,
  options: SeedOptions,
): Promise<void> {
  try {
    writeDemoRows(sqlite, writer, options);
  } catch (error) {
    await writer.abandon();
    throw error;
  }
  checkForeignKeys(await writer.commit());
}

function checkForeignKeys(violations: unknown[]): void {
  if (violations.length > 0)
    throw new Error(
      `Demo data breaks ${violations.length} foreign keys, e.g. ${JSON.stringify(violations[0])}`,
    );
}

/** Every demo row, through `writer`; `sqlite` tells which columns the schema has. */
function writeDemoRows(
  sqlite: BetterSqlite3.Database,
  writer: SeedWriter,
  options: SeedOptions,
): void {
  const size = options.size ?? demoSize;
  const random = seededRandom(options.seed ?? 2026);
  const sink = new RowSink(writer);
  const nowMs = options.now.getTime();
  const pools = addressPools(options.seed ?? 2026, 400);
  demoUsers.forEach((user, index) => {
    sink.insert("users", {
      id: index + 1,
      ...user,
      created_at: new Date(nowMs - 900 * 86_400_000).toISOString(),
    });
  });
  const idOf = (email: string) =>
    demoUsers.findIndex((u) => u.email === email) + 1;
  for (const [key, value] of Object.entries(defaultPolicy)) {
    sink.insert("settings", {
      key: `policy.${key}`,
      value: JSON.stringify(value),
      updated_at: options.now.toISOString(),
      updated_by: null,
    });
  }

  const details = demoDetails(
    (sqlite.pragma("table_info(partners)") as { name: string }[]).some(
      (c) => c.name === "contact_name",
    ),
    options.seed ?? 2026,
  );
  const partners = makePartners(
    sink,
    random,
    pools,
    size.partners,
    nowMs,
    details,
  );
  const customers = makeCustomers(
    sink,
    random,
    pools,
    size.customers,
    nowMs,
    details,
  );
  // The orders' triggers read the partners' and customers' names.
  sink.flush();
  const partnersByRegion = new Map<Region, DemoPartner[]>();
  for (const partner of partners) {
    for (const region of partner.regions)
      partnersByRegion.set(region, [
        ...(partnersByRegion.get(region) ?? []),
        partner,
      ]);
  }
  const world: OrderWorld = {
    sink,
    random,
    nowMs,
    partners,
    partnersByRegion,
    ablePartners: new Map(),
    customers,
    pools,
    staff: {
      dispatcher: [
        idOf("dispatcher@cutr.example"),
        idOf("dispatcher2@cutr.example"),
      ],
      accountManager: idOf("accounts@cutr.example"),
      quality: idOf("quality@cutr.example"),
      everyone: demoUsers.map((_, index) => index + 1),
    },
    ids: {
      item: 0,
      assignment: 0,
      todo: 0,
      task: 0,
      milestone: 0,
      rating: 0,
      thread: 0,
      message: 0,
      outbox: 0,
      audit: 0,
      change: 0,
    },
    files: options.photos
      ? {
          photos: options.photos,
          random: seededRandom((options.seed ?? 2026) + 1),
          nextFileId: 0,
          nextReviewId: 0,
        }
      : null,
    yearSequence: new Map(),
    activeOrders: new Map(),
    firstDelivery: new Map(),
    scores: [],
  };
  // Orders are made oldest first, so numbers run in date order. Most are spread over two years;
  // about one in a hundred is fresh, so the dispatch queue is never empty.
  const created = Array.from(
    { length: size.orders },
    () =>
      nowMs -
      (random.chance(0.012) ? random.next() * 4 : random.next() * 730) *
        86_400_000,
  ).sort((a, b) => a - b);
  created.forEach((createdMs, index) => {
    makeOrder(world, index + 1, createdMs);
    if ((index + 1) % 10_000 === 0) options.onProgress?.(index + 1);
  });
  sink.flush();
  writePartnerAggregates(world, sqlite, writer);
  sink.flush();
  // Who has which threads unread, from the read marks (not in databases from before 0015).
  if ((sqlite.pragma("table_info(unread_threads)") as unknown[]).length > 0)
    writer.exec(fillUnreadThreads);
  // Each recorded delivery date's assignment (not in databases from before 0017).
  if (
    (
      sqlite.pragma("table_info(delivery_date_changes)") as { name: string }[]
    ).some((c) => c.name === "assignment_id")
  )
    writer.exec(fillDateChangeAssignments);
  // One Cutr thread per assignment (not in databases from before 0018).
  if (
    (sqlite.pragma("table_info(message_threads)") as { name: string }[]).some(
      (c) => c.name === "ended_at",
    )
  )
    for (const statement of splitCutrThreads) writer.exec(statement);
}
