// The Electron smoke test: the same first steps as in the browser, in the real window. It runs
// where an Electron binary is present and is skipped, saying so, where none can be had.
import { existsSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { _electron as electron, expect, test } from "@playwright/test";

function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dist = join(require.resolve("electron/package.json"), "..", "dist");
    const pathFile = join(
      require.resolve("electron/package.json"),
      "..",
      "path.txt",
    );
    if (!existsSync(pathFile)) return null;
    const { readFileSync } = require("node:fs") as typeof import("node:fs");
    const binary = join(dist, readFileSync(pathFile, "utf8"));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test("the Electron window signs in and shows the orders", async () => {
  test.skip(
    !binary,
    "No Electron binary on this machine (it cannot be downloaded here); run on a machine that has one.",
  );
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ["out/main/index.js"],
    env: {
      ...process.env,
      CUTR_DB: join(
        mkdtempSync(join(tmpdir(), "cutr-electron-")),
        "cutr.sqlite",
      ),
      CUTR_NOW: "2026-11-22T09:00:00.000Z",
    },
  });
  const window = await app.firstWindow();
  // The renderer has no Node: no require, no process, only the bridge's few doors.
  const exposed = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as { cutr?: object }).cutr ?? {}).sort(),
  }));
  expect(exposed).toEqual({
    require: "undefined",
    process: "undefined",
    bridge: ["invoke", "notify", "on", "openSaved", "readFile", "saveFile"],
  });
  await window
    .getByRole("listitem", { name: /Sign in as Daan Janssen/ })
    .click();
  await expect(
    window.getByRole("heading", { level: 1, name: /^Good to see you/ }),
  ).toBeVisible();
  await app.close();
});
