// The copy and its check run in a worker thread of their own, so that neither stalls the thread
// that answers the screens: SQLite's backup API on the worker's own connection, taken in one step
// (one read transaction, so the copy is one consistent moment while the console goes on writing
// to the WAL), then quick_check of the copy.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// Plain CommonJS evaluated by the worker: the same code runs under the build, tsx and vitest,
// with no worker file to find. The driver is passed by its resolved path.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
(async () => {
  const source = new Database(workerData.source, { readonly: true, fileMustExist: true });
  // Memory-mapped reads skip a copy of every page through SQLite's cache (about a fifth of the
  // time on the scale database). The price: a disk that fails mid-read stops the process rather
  // than answering an error, and such a disk has already lost the live database too.
  source.pragma("mmap_size = " + workerData.mmapBytes);
  try {
    await source.backup(workerData.target, { progress: ({ totalPages }) => totalPages });
  } finally {
    source.close();
  }
  const copy = new Database(workerData.target, { readonly: true, fileMustExist: true });
  copy.pragma("mmap_size = " + workerData.mmapBytes);
  try {
    parentPort.postMessage({ check: String(copy.pragma("quick_check", { simple: true })) });
  } finally {
    copy.close();
  }
})().catch((error) =>
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
`;

/** Copies `source` to `target` and answers quick_check's verdict on the copy ("ok" or problems). */
export function backupInThread(
  source: string,
  target: string,
): Promise<string> {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { driver, source, target, mmapBytes: 4 * 1024 ** 3 },
    });
    worker.once("message", (answer: { check?: string; error?: string }) =>
      answer.error !== undefined
        ? reject(new Error(answer.error))
        : resolve(answer.check ?? ""),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0)
        reject(new Error(`The backup thread stopped with exit code ${code}.`));
    });
  });
}
