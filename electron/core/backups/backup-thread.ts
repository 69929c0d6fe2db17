// The copy and its check run in worker threads, so that neither stalls the thread that answers the
// screens:
// - one thread copies with SQLite's backup API on its own connection, in one step (one read
//   transaction, so the copy is one consistent moment while the console goes on writing to the
//   WAL), and sets the copy to rollback mode;
// - then, once the backup is taken, two threads run quick_check on it side by side, one table (with
//   its indexes) at a time, each taking the next table as it finishes one: every page of every
//   table and index in the copy is read and checked, in about two thirds of the time one
//   quick_check of the whole file takes (which also walks the free pages). A restore runs the whole
//   quick_check on the backup file before it uses it (restore.ts).
import { Worker } from "node:worker_threads";
import { sqliteDriverPath } from "../db/driver-path";

// Plain CommonJS evaluated by the worker: the same code runs under the build, tsx and vitest,
// with no worker file to find. The driver is passed by its resolved path.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const open = (file, options) => {
  const db = new Database(file, { fileMustExist: true, ...options });
  // Memory-mapped reads skip a copy of every page through SQLite's cache (about a fifth of the
  // time on the scale database). The price: a disk that fails mid-read stops the process rather
  // than answering an error, and such a disk has already lost the live database too.
  db.pragma("mmap_size = " + workerData.mmapBytes);
  return db;
};
(async () => {
  if (workerData.task === "copy") {
    const source = open(workerData.source, { readonly: true });
    try {
      await source.backup(workerData.target, { progress: ({ totalPages }) => totalPages });
    } finally {
      source.close();
    }
    // A backup needs no write-ahead log: in rollback mode, opening it to check or restore it
    // leaves no -wal and -shm files beside it. The console turns WAL on again when it opens one.
    const copy = open(workerData.target, {});
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    parentPort.postMessage({});
    return;
  }
  if (workerData.task === "tables") {
    const copy = open(workerData.target, { readonly: true });
    try {
      const tables = copy
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
        .pluck()
        .all();
      parentPort.postMessage({ tables });
    } finally {
      copy.close();
    }
    return;
  }
  const copy = open(workerData.target, { readonly: true });
  const next = new Int32Array(workerData.next);
  const problems = [];
  try {
    for (let i = Atomics.add(next, 0, 1); i < workerData.tables.length; i = Atomics.add(next, 0, 1)) {
      const table = workerData.tables[i];
      try {
        const found = copy.prepare("SELECT quick_check FROM pragma_quick_check(?)").pluck().all(table);
        if (found.join() !== "ok") problems.push(...found);
      } catch (error) {
        // A page too damaged to read is a finding of the check, not a failure of the backup.
        problems.push(table + ": " + (error instanceof Error ? error.message : String(error)));
      }
    }
  } finally {
    copy.close();
  }
  parentPort.postMessage({ problems });
})().catch((error) =>
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
`;

interface Answer {
  tables?: string[];
  problems?: string[];
  error?: string;
}

/** Runs one task in a worker thread; settles only once the thread has ended. */
function inThread(data: Record<string, unknown>): Promise<Answer> {
  const driver = sqliteDriverPath();
  return new Promise((resolve, reject) => {
    let answer: Answer | undefined;
    let failure: Error | undefined;
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { driver, mmapBytes: 4 * 1024 ** 3, ...data },
    });
    worker.once("message", (message: Answer) => (answer = message));
    worker.once("error", (error) => (failure = error));
    worker.once("exit", (code) => {
      if (failure) reject(failure);
      else if (answer?.error !== undefined) reject(new Error(answer.error));
      else if (answer) resolve(answer);
      else
        reject(new Error(`The backup thread stopped with exit code ${code}.`));
    });
  });
}

/** Copies `source` to `target` (settles once the thread has ended, so `target` may go at once). */
export async function copyInThread(
  source: string,
  target: string,
): Promise<void> {
  await inThread({ task: "copy", source, target });
}

/** Checks a copy; answers "ok" or quick_check's problems (the first ten). */
export async function checkInThreads(target: string): Promise<string> {
  const { tables = [] } = await inThread({ task: "tables", target });
  const next = new SharedArrayBuffer(4);
  const checks = await Promise.allSettled(
    [1, 2].map(() => inThread({ task: "check", target, tables, next })),
  );
  const failed = checks.find((c) => c.status === "rejected");
  if (failed) throw failed.reason;
  const problems = checks.flatMap((c) =>
    c.status === "fulfilled" ? (c.value.problems ?? []) : [],
  );
  return problems.length === 0 ? "ok" : problems.slice(0, 10).join("; ");
}
