// The copy and its check run in worker threads of their own, so that neither stalls the thread
// that answers the screens, and side by side, so that the check costs no time of its own:
// - one thread copies with SQLite's backup API on its own connection, in one step (one read
//   transaction, so the copy is one consistent moment while the console goes on writing to the
//   WAL), then reads the copy back (every page there, the schema readable) and sets it to
//   rollback mode;
// - the other runs quick_check on the database at the same moment, on a connection of its own.
//
// Why the check reads the database and not the copy: the backup API copies pages byte for byte,
// and a copy checked right after it is written is read back from the same memory the copy was
// written from, so quick_check of the copy would look at the very bytes quick_check of the database
// looks at, one after the other instead of at once (2.5 s of the 4.1 s on the scale database). A
// restore checks the backup file itself with quick_check before it uses it (restore.ts).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// Plain CommonJS evaluated by the worker: the same code runs under the build, tsx and vitest,
// with no worker file to find. The driver is passed by its resolved path.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const open = (file) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Memory-mapped reads skip a copy of every page through SQLite's cache (about a fifth of the
  // time on the scale database). The price: a disk that fails mid-read stops the process rather
  // than answering an error, and such a disk has already lost the live database too.
  db.pragma("mmap_size = " + workerData.mmapBytes);
  return db;
};
(async () => {
  const source = open(workerData.source);
  try {
    if (workerData.task === "check") {
      parentPort.postMessage({ check: String(source.pragma("quick_check", { simple: true })) });
      return;
    }
    let pages = 0;
    await source.backup(workerData.target, {
      progress: ({ totalPages }) => (pages = totalPages),
    });
    // A backup needs no write-ahead log: in rollback mode, opening it to check or restore it
    // leaves no -wal and -shm files beside it. The console turns WAL on again when it opens one.
    const copy = new Database(workerData.target, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
      copy.prepare("SELECT count(*) FROM sqlite_schema").get();
      parentPort.postMessage({ pages, copied: copy.pragma("page_count", { simple: true }) });
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
})().catch((error) =>
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
`;

interface Answer {
  check?: string;
  pages?: number;
  copied?: number;
  error?: string;
}

function inThread(
  task: "copy" | "check",
  source: string,
  target: string,
): Promise<Answer> {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { driver, task, source, target, mmapBytes: 4 * 1024 ** 3 },
    });
    worker.once("message", (answer: Answer) =>
      answer.error !== undefined
        ? reject(new Error(answer.error))
        : resolve(answer),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0)
        reject(new Error(`The backup thread stopped with exit code ${code}.`));
    });
  });
}

/**
 * Copies `source` to `target` while quick_check reads `source`; answers "ok", or quick_check's
 * problems, or what is missing from the copy.
 */
export async function backupInThread(
  source: string,
  target: string,
): Promise<string> {
  const [copy, check] = await Promise.all([
    inThread("copy", source, target),
    inThread("check", source, target),
  ]);
  if (check.check !== "ok") return check.check ?? "no answer";
  if (copy.copied !== copy.pages)
    return `the copy holds ${copy.copied} of ${copy.pages} pages`;
  return "ok";
}
