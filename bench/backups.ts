// The backup figures: an online backup of the scale database, and how the Orders list answers
// while it runs (the console must stay responsive).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { backupsDir, takeBackup } from "../electron/core/backups/backup-store";
import type { Core } from "../electron/core/start-core";
import type { OrdersListInput } from "../shared/contract";
import { percentile, signInAs, type Metric } from "./measure";

export async function measureBackup(
  core: Core,
  metrics: Record<string, Metric>,
  queries: OrdersListInput[],
): Promise<void> {
  const session = await signInAs(core, "admin@cutr.example");
  const storage = core.services.storage;
  if (storage.kind !== "local") return;
  const started = performance.now();
  let done = false;
  const backup = takeBackup(
    storage.databaseFile,
    storage.fileStoreDir,
    "manual",
    new Date(),
  ).finally(() => {
    done = true;
  });
  const during: number[] = [];
  for (let i = 0; !done; i++) {
    const t = performance.now();
    const result = await core.call(
      "orders.list",
      queries[i % queries.length],
      session,
    );
    if (!result.ok) throw new Error(result.error.message);
    during.push(performance.now() - t);
    await new Promise((r) => setImmediate(r));
  }
  const info = await backup;
  metrics.backup_ms = {
    value: performance.now() - started,
    unit: "ms",
    target: "<= 5000",
  };
  metrics.orders_list_during_backup_p95_ms = {
    value: percentile(during, 95),
    unit: "ms",
  };
  const without = metrics.orders_list_p95_ms?.value ?? Number.NaN;
  metrics.backup_list_slowdown = {
    value: percentile(during, 95) / without,
    unit: "x",
    target: "<= 2",
  };
  rmSync(join(backupsDir(storage.databaseFile), info.name), { force: true });
}
