// The Electron smoke test: the same first steps as in the browser, in the real window. It runs
// where an Electron binary is present and is skipped, saying so, where none can be had.
import { existsSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import {
  _electron as electron,
  chromium,
  expect,
  test,
} from "@playwright/test";

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
    bridge: [
      "invoke",
      "notify",
      "on",
      "openSaved",
      "readFile",
      "restartToUpdate",
      "saveDownload",
      "saveFile",
      "updateState",
    ],
  });
  await window
    .getByRole("listitem", { name: /Sign in as Daan Janssen/ })
    .click();
  await expect(
    window.getByRole("heading", { level: 1, name: /^Good to see you/ }),
  ).toBeVisible();
  await app.close();
});

// The installed console, as the release workflow builds it (CUTR_PACKAGED_APP: the packaged binary).
// Its fuses forbid Node's inspector, which Playwright's Electron launcher needs, so the window is
// reached through Chromium's debugging port instead.
test("the packaged console starts from its own files and signs in", async () => {
  const packaged = process.env.CUTR_PACKAGED_APP;
  test.skip(
    !packaged,
    "No packaged console given (CUTR_PACKAGED_APP); the release workflow runs this on the installer's binary.",
  );
  const port = 9333;
  const app = spawn(packaged ?? "", [`--remote-debugging-port=${port}`], {
    env: {
      ...process.env,
      CUTR_UPDATES: "0",
      CUTR_DB: join(
        mkdtempSync(join(tmpdir(), "cutr-packaged-")),
        "cutr.sqlite",
      ),
    },
    stdio: "inherit",
  });
  try {
    const browser = await connectWhenUp(port);
    const consolePage = () =>
      browser
        .contexts()
        .flatMap((context) => context.pages())
        .find((candidate) => candidate.url().startsWith("app://console/"));
    await expect
      .poll(() => consolePage() !== undefined, { timeout: 60_000 })
      .toBe(true);
    const page = consolePage();
    if (!page) throw new Error("The console's window went away.");
    await page
      .getByRole("listitem", { name: /Sign in as Anna de Vries/ })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: /^Good to see you/ }),
    ).toBeVisible();
    // The work done in worker threads, whose files come from the archive: a backup (its check runs
    // in a thread with better-sqlite3 from app.asar.unpacked) and a packing slip (the piscina pool).
    const work = await page.evaluate(packagedWork);
    expect(work).toEqual({ backup: true, slipPages: expect.any(Number) });
    expect(work.slipPages).toBeGreaterThan(1);
  } finally {
    app.kill();
  }
});

/** Chromium's debugging port answers once the packaged app is up. */
async function connectWhenUp(port: number) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    } catch (error) {
      if (attempt >= 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** Runs in the packaged window: a backup and a packing slip through the preload's bridge. */
async function packagedWork() {
  type Envelope = { ok: boolean; value?: unknown; error?: unknown };
  const bridge = (
    globalThis as unknown as {
      cutr: { invoke(method: string, input: unknown): Promise<Envelope> };
    }
  ).cutr;
  const backup = await bridge.invoke("backups.create", {});
  const ready = await bridge.invoke("orders.list", {
    filter: { status: ["ready"] },
    offset: 0,
    limit: 1,
  });
  const orderId = (ready.value as { rows: { id: number }[] }).rows[0]?.id;
  const slip = await bridge.invoke("packingSlips.generate", { orderId });
  return {
    backup: backup.ok,
    slipPages: slip.ok
      ? (slip.value as { pageCount: number }).pageCount
      : JSON.stringify(slip.error),
  };
}
