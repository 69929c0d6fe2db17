// Where the shipped resources (fonts for PDFs) are: found by walking up from this file, so the same
// code works from source (tests), from the build (out/main) and beside a packaged app.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function findResourcesDir(
  start = dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "resources");
    if (existsSync(join(candidate, "fonts", "DejaVuSans.ttf")))
      return candidate;
    if (dirname(dir) === dir)
      throw new Error(`No resources/fonts folder above ${start}.`);
  }
}
