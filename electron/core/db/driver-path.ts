// Where a worker thread loads better-sqlite3 from. In the installed console it sits unpacked beside
// app.asar (its native module cannot load from inside the archive): a thread requires it from
// there, not through the archive.
import { createRequire } from "node:module";

export function sqliteDriverPath(): string {
  return createRequire(import.meta.url)
    .resolve("better-sqlite3")
    .replace(/app\.asar([\\/])/, "app.asar.unpacked$1");
}
