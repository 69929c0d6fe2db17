// Starts the built browser-mode server on its own new database file for one test, and stops it after.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  expect,
  test as base,
  type Locator,
  type Page,
} from "@playwright/test";

export const demoNow = "2026-11-22T09:00:00.000Z";

export interface BrowserMode {
  url: string;
  origin: string;
  token: string;
  /** The server's database, for a test that plays the partner's side. */
  databaseFile: string;
}

export async function startServer(
  databaseFile: string,
  /** More variables, e.g. CUTR_DATABASE_URL for team mode. */
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; mode: BrowserMode }> {
  const child = spawn(process.execPath, ["out/main/server.js"], {
    env: {
      ...process.env,
      PORT: "0",
      CUTR_DB: databaseFile,
      CUTR_NOW: demoNow,
      CUTR_TOKEN: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const mode = await new Promise<BrowserMode>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({
          url: match[0],
          origin: match[1],
          token: match[2],
          databaseFile,
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) =>
      reject(new Error(`browser mode exited with ${code}:\n${output}`)),
    );
  });
  return { child, mode };
}

/** Stops a server startServer started. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

export const test = base.extend<{ browserMode: BrowserMode }>({
  // The browser's clock starts at the server's (CUTR_NOW) and runs on from there, so what the
  // screens compute from "today" never depends on the day the suite runs.
  page: async ({ page }, use) => {
    await page.clock.install({ time: demoNow });
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  browserMode: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), "cutr-e2e-"));
    const { child, mode } = await startServer(join(folder, "cutr.sqlite"));
    await use(mode);
    await stopServer(child);
    rmSync(folder, { recursive: true, force: true });
  },
});

/** Moves the keyboard focus to a control and presses a key there: no pointer involved. */
export async function press(target: Locator, key = "Enter") {
  await target.focus();
  await expect(target).toBeFocused();
  await target.page().keyboard.press(key);
}

/** Opens the console and signs in as the demo user named, e.g. "Daan Janssen, Dispatcher". */
export async function signInAs(page: Page, mode: BrowserMode, who: string) {
  await page.goto(mode.url);
  await page
    .getByRole("listitem", { name: new RegExp(`^Sign in as ${who}`) })
    .click();
  // A first sign-in on a machine opens Home; later ones the screen the user left last.
  await expect(
    page.getByRole("heading", { level: 1, name: /^Good to see you/ }),
  ).toBeVisible();
}

/** Opens the newest assigned order of the demo data; returns its id. */
export async function openNewestAssignedOrder(
  page: Page,
  mode: BrowserMode,
): Promise<string> {
  await page.goto(`${mode.origin}/#/orders?status=assigned`);
  await page
    .getByRole("row", { name: /^Order C-/ })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Mark ready…" })).toBeVisible();
  return new URL(page.url()).hash.split("/").pop() as string;
}

export { expect };
