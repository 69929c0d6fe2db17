// A seed writer on a thread of its own: the statements are sent in batches to a worker thread that
// runs them on its own connection in one transaction, so SQLite writes while the seeder goes on
// making rows (the two take about as long as each other). The worker commits only when told, after
// the foreign key check; anything that fails leaves the database as it was. The thread starts
// (and loads its driver) before the first statement, so it can be started early: it takes its
// write lock only with the first batch.
import { Worker } from "node:worker_threads";
import { sqliteDriverPath } from "../driver-path";
import {
  orderInfixTriggers,
  refillOrderInfix,
} from "../migrations/0023_order_infix_search";
import type { SeedWriter } from "./seed-writer";

// Plain CommonJS evaluated by the worker, as in backup-thread.ts: no worker file to find.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = OFF");
db.pragma("cache_size = -1000000");
// The commit does not copy the log into the database: that is done after the answer (below).
db.pragma("wal_autocheckpoint = 0");
let deferred = [];
let deferredTriggers = [];
const begin = () => {
  db.exec("BEGIN IMMEDIATE");
  // Bulk loading: while only INSERTs run, the non-unique indexes are left out, and built whole
  // (from sorted keys, faster than row by row) before the first statement of another kind.
  deferred = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
    .all();
  for (const index of deferred) db.exec('DROP INDEX "' + index.name + '"');
  // So are the triggers of a search index that is refilled whole after (workerData.refills).
  deferredTriggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(workerData.refills.flatMap((r) => r.triggers)));
  for (const trigger of deferredTriggers) db.exec('DROP TRIGGER "' + trigger.name + '"');
};
const buildIndexes = () => {
  for (const index of deferred) db.exec(index.sql);
  deferred = [];
  if (deferredTriggers.length === 0) return;
  for (const trigger of deferredTriggers) db.exec(trigger.sql);
  deferredTriggers = [];
  for (const refill of workerData.refills) db.exec(refill.sql);
};
const statements = [];
const inserts = [];
let failed = false;
const end = (answer) => {
  const commit = answer.violations?.length === 0;
  if (db.inTransaction) db.exec(commit ? "COMMIT" : "ROLLBACK");
  parentPort.postMessage(answer);
  // The seeded database is usable now; the log is copied into it while the console starts.
  if (commit) db.pragma("wal_checkpoint(PASSIVE)");
  db.close();
  parentPort.close();
};
// Batches done, failed or not: the seeder waits on it when it runs too far ahead.
const done = new Int32Array(workerData.done);
parentPort.on("message", (batch) => {
  try {
    if (!failed) write(batch);
  } finally {
    Atomics.add(done, 0, 1);
    Atomics.notify(done, 0);
  }
});
function write(batch) {
  try {
    if (!db.inTransaction) begin();
    for (const item of batch) {
      if (item[0] === 0) {
        statements[item[1]] = db.prepare(item[2]);
        inserts[item[1]] = /^INSERT /.test(item[2]);
      } else if (item[0] === 1) {
        if (!inserts[item[1]]) buildIndexes();
        statements[item[1]].run(item[2]);
      } else if (item[0] === 2) {
        buildIndexes();
        db.exec(item[1]);
      } else if (item[0] === 3) {
        buildIndexes();
        return end({ violations: db.pragma("foreign_key_check") });
      } else return end({ abandoned: true });
    }
  } catch (error) {
    failed = true;
    end({ error: error instanceof Error ? error.message : String(error) });
  }
}
`;

type Item =
  [0, number, string] | [1, number, unknown[]] | [2, string] | [3] | [4];

interface Answer {
  violations?: unknown[];
  abandoned?: boolean;
  error?: string;
}

/** Values gathered before a batch goes to the thread: big enough that sending costs little. */
const valuesPerBatch = 20_000;
/** Batches sent and not yet written before the seeder waits for the writer. */
const batchesAhead = 8;

export interface SeedWriterThread extends SeedWriter {
  /** Checks the foreign keys and commits when there are no violations; answers the violations. */
  commit(): Promise<unknown[]>;
  /** Rolls back everything written. */
  abandon(): Promise<void>;
  /** Settles when the thread has ended (after the commit it copies the log into the database). */
  ended: Promise<void>;
}

export function seedWriterThread(file: string): SeedWriterThread {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      driver: sqliteDriverPath(),
      file,
      done: done.buffer,
      refills: [{ triggers: orderInfixTriggers, sql: refillOrderInfix }],
    },
  });
  // Settles with the thread's answer (it copies the log into the database after answering).
  const answer = new Promise<Answer>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`The seeding thread stopped with exit code ${code}.`)),
    );
  });
  answer.catch(() => undefined); // read by commit() or abandon()
  const ended = new Promise<void>((resolve) =>
    worker.once("exit", () => resolve()),
  );
  const ids = new Map<string, number>();
  let batch: Item[] = [];
  let values = 0;
  let sent = 0;
  const send = (item: Item, size = 1) => {
    batch.push(item);
    values += size;
    if (values < valuesPerBatch && item[0] < 3) return;
    worker.postMessage(batch);
    batch = [];
    values = 0;
    sent++;
    // The rows are made faster than SQLite writes them: with more than a few batches waiting, this
    // thread blocks until the writer catches up, so a large seed never waits whole in memory.
    for (let behind = Atomics.load(done, 0); sent - behind > batchesAhead;) {
      if (Atomics.wait(done, 0, behind, 60_000) === "timed-out")
        throw new Error("The seeding thread stopped answering.");
      behind = Atomics.load(done, 0);
    }
  };
  return {
    run(sql, rowValues) {
      let id = ids.get(sql);
      if (id === undefined) {
        id = ids.size;
        ids.set(sql, id);
        send([0, id, sql]);
      }
      send([1, id, rowValues], rowValues.length);
    },
    exec(sql) {
      send([2, sql]);
    },
    async commit() {
      send([3]);
      const { violations, error } = await answer;
      if (error !== undefined) throw new Error(error);
      return violations ?? [];
    },
    async abandon() {
      send([4]);
      await answer.catch(() => undefined);
    },
    ended,
  };
}
