// Where packing slips are drawn: in a pool of worker threads (piscina) when the console runs from
// its build, so generating slips never stalls the process that answers the screens; in the
// calling thread when the code runs from source (tests), where no built worker exists.
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { Piscina } from "piscina";
import type { RenderedSlip } from "./render-slip";
import type { SlipTask } from "./slip-worker";

export type SlipRenderer = (task: SlipTask) => Promise<RenderedSlip>;

export function slipPool(workerFile: string): SlipRenderer & {
  close(): Promise<void>;
} {
  const pool = new Piscina<SlipTask, RenderedSlip>({
    filename: workerFile,
    maxThreads: Math.max(1, availableParallelism()),
    idleTimeout: 30_000,
  });
  const render = async (task: SlipTask) => {
    const slip = await pool.run(task);
    // Buffers cross the thread boundary as plain Uint8Arrays.
    return { ...slip, bytes: Buffer.from(slip.bytes) };
  };
  return Object.assign(render, { close: () => pool.close() });
}

/** The built worker beside this bundle, if this code is running from the build. */
function builtWorkerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return null;
  for (let dir = dirname(here); dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, "slip-worker.js");
    if (existsSync(candidate)) return candidate;
    if (dir.endsWith(join("out", "main"))) break;
  }
  return null;
}

let renderer: SlipRenderer | null = null;

export function defaultSlipRenderer(): SlipRenderer {
  if (!renderer) {
    const worker = builtWorkerFile();
    renderer = worker
      ? slipPool(worker)
      : async (task) => {
          // Loaded on first use: pdfkit and bwip-js would add most of a second to every start.
          const { renderSlip } = await import("./render-slip");
          return renderSlip(task.data, task);
        };
  }
  return renderer;
}
