// Demo data for a new, empty team database: seeded into a local SQLite database in memory as
// always, then moved over by the same copy that moves a real console to team mode.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CoreOptions } from "../../start-core";
import { diskFileStore } from "../../files/file-store";
import { openDatabase } from "../connect";
import type { PostgresHandle } from "../connect-postgres";
import { copyToPostgres } from "../copy-to-postgres";
import { migrateToLatest } from "../migrate";
import { storeDemoPhotos } from "./demo-photos";
import { seedDemoData } from "./seed";

export async function seedPostgresWithDemo(
  target: PostgresHandle,
  options: Pick<CoreOptions, "clock" | "demoSize">,
  resourcesDir: string,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "cutr-demo-"));
  const source = openDatabase(":memory:");
  try {
    await migrateToLatest(source);
    const files = diskFileStore(folder);
    seedDemoData(source.sqlite, {
      now: options.clock.now(),
      size: options.demoSize,
      photos: await storeDemoPhotos(resourcesDir, files),
    });
    await copyToPostgres(source, files, target, { now: options.clock.now() });
  } finally {
    await source.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
