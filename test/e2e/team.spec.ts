// Team mode end to end: two consoles (two browser-mode servers) on one PostgreSQL database. People
// sign in with passwords; a change in one console shows in the other within moments, and a form
// someone is typing in warns instead of losing what they typed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { hashPassword } from "../../electron/core/auth/passwords";
import { openPostgres } from "../../electron/core/db/connect-postgres";
import { ensureAdmin } from "../../electron/core/users/first-admin";
import { createDatabase } from "../fixtures/postgres-databases";
import {
  databaseUrl,
  startPostgresServer,
  type PostgresServer,
} from "../fixtures/postgres-server";
import {
  expect,
  startServer,
  stopServer,
  test,
  type BrowserMode,
} from "./browser-mode";

const password = "team mode passphrase";
let postgres: PostgresServer;
let folder: string;
const consoles: { child: ChildProcess; mode: BrowserMode }[] = [];
let orderId: number;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  postgres = await startPostgresServer();
  await createDatabase(postgres.adminUrl, "cutr_team");
  const url = databaseUrl(postgres.adminUrl, "cutr_team");
  folder = mkdtempSync(join(tmpdir(), "cutr-team-e2e-"));
  // The first console fills the new database with the demo data; the second joins it.
  for (const name of ["a", "b"])
    consoles.push(
      await startServer(join(folder, name, "cutr.sqlite"), {
        CUTR_DATABASE_URL: url,
      }),
    );
  const handle = openPostgres(url);
  await ensureAdmin(handle.db, new Date(), {
    email: "admin@cutr.example",
    name: "Anna de Vries",
    password,
  });
  await handle.db
    .updateTable("users")
    .set({ password_hash: await hashPassword(password) })
    .where("email", "in", ["dispatcher@cutr.example", "accounts@cutr.example"])
    .execute();
  const order = await handle.db
    .selectFrom("orders")
    .select("id")
    .where("status", "=", "assigned")
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  orderId = order.id;
  await handle.close();
});

test.afterAll(async () => {
  for (const { child } of consoles) await stopServer(child);
  await postgres?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function signIn(browser: Browser, mode: BrowserMode, email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(mode.url);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Good to see you/ }),
  ).toBeVisible();
  return page;
}

const openFulfilment = async (page: Page, mode: BrowserMode) => {
  await page.goto(`${mode.origin}/#/orders/${orderId}`);
  await page.getByRole("tab", { name: "Fulfilment" }).click();
  return page.getByLabel("Material arrival");
};

test("a wrong password is refused with one plain message", async ({ page }) => {
  const { mode } = consoles[0]!;
  await page.goto(mode.url);
  await page.getByLabel("Email address").fill("dispatcher@cutr.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "That email address and password do not match an active user.",
  );
  await expect(page.getByLabel("Email address")).toHaveValue(
    "dispatcher@cutr.example",
  );
});

test("a change in one console shows in the other, and typed text is kept with a warning", async ({
  browser,
}) => {
  const [a, b] = consoles.map((c) => c.mode) as [BrowserMode, BrowserMode];
  const dispatcher = await signIn(browser, a, "dispatcher@cutr.example");
  const manager = await signIn(browser, b, "accounts@cutr.example");

  // The manager only looks: the dispatcher's saved date appears without a reload.
  const watched = await openFulfilment(manager, b);
  const field = await openFulfilment(dispatcher, a);
  await field.fill("2026-12-01");
  await dispatcher.getByRole("button", { name: "Save dates" }).click();
  await expect(watched).toHaveValue("1 Dec 2026", { timeout: 5_000 });

  // Now the manager types, and the dispatcher saves another date meanwhile.
  await watched.fill("2026-12-05");
  await field.fill("2026-12-03");
  await dispatcher.getByRole("button", { name: "Save dates" }).click();
  await expect(
    manager.getByRole("alert").filter({
      hasText: "Someone else changed these dates while you were editing",
    }),
  ).toBeVisible({ timeout: 5_000 });
  await expect(watched).toHaveValue("2026-12-05");
  await manager
    .getByRole("button", { name: "Discard mine and show theirs" })
    .click();
  await expect(manager.getByLabel("Material arrival")).toHaveValue(
    "3 Dec 2026",
  );
});
