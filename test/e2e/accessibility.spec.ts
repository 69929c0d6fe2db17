import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, signInAs, test, type BrowserMode } from "./browser-mode";

test("the sign-in screen has no serious accessibility problem", async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await expect(page.getByText("Choose who you are to sign in.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("no screen of the console has a serious accessibility problem", async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, browserMode, "Anna de Vries, Admin");
  const screens: [string, string][] = [
    ["/#/home", "Good to see you, Anna"],
    ["/#/orders", "Orders"],
    ["/#/dispatch", "Dispatch"],
    ["/#/quality", "Quality review"],
    ["/#/partners", "Partners"],
    ["/#/customers", "Customers"],
    ["/#/messages", "Messages"],
    ["/#/outbox", "Outbox"],
    ["/#/settings", "Settings"],
  ];
  const found: Record<string, unknown> = {};
  for (const [path, heading] of screens) {
    await page.goto(`${browserMode.origin}${path}`);
    await expect(
      page.getByRole("heading", { level: 1, name: heading }),
    ).toBeVisible();
    await page.waitForLoadState("networkidle");
    const violations = await seriousViolations(page);
    if (violations.length) found[path] = violations;
  }
  await page.goto(`${browserMode.origin}/#/orders?status=assigned`);
  await page
    .getByRole("row", { name: /^Order C-/ })
    .first()
    .click();
  for (const tab of [
    "Project",
    "Fulfilment",
    "Files",
    "Messages",
    "Rating",
    "History",
  ]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForLoadState("networkidle");
    const violations = await seriousViolations(page);
    if (violations.length) found[`order ${tab}`] = violations;
  }
  await page.goto(`${browserMode.origin}/#/partners`);
  // The tier chart's table alternative: every tier by name, with its count.
  await page.getByText("Table", { exact: true }).click();
  const byTier = page.getByRole("table", { name: "Active partners by tier" });
  await expect(
    byTier.getByRole("row", { name: /^Highly rated \d+$/ }),
  ).toBeVisible();
  const tierTable = await seriousViolations(page);
  if (tierTable.length) found["tier table"] = tierTable;
  await page.getByText("Chart", { exact: true }).click();
  await expect(byTier).toBeHidden();
  await page.getByRole("row").nth(1).click();
  await page.waitForLoadState("networkidle");
  const partner = await seriousViolations(page);
  if (partner.length) found.partner = partner;
  // The charts' table alternative.
  await page.getByText("Tables", { exact: true }).click();
  await expect(
    page.getByRole("region", { name: "Rating over time" }),
  ).toBeVisible();
  const tables = await seriousViolations(page);
  if (tables.length) found["partner tables"] = tables;
  // The forms and dialogs of real data: a partner's, a customer's page and form, an order's, an import.
  const dialogs: [string, () => Promise<void>][] = [
    [
      "partner form",
      () => page.getByRole("button", { name: "Edit (E)" }).click(),
    ],
    [
      "pause dialog",
      () => page.getByRole("button", { name: "Pause…" }).click(),
    ],
  ];
  for (const [name, open] of dialogs) {
    await open();
    await expect(page.getByRole("dialog")).toBeVisible();
    const violations = await seriousViolations(page);
    if (violations.length) found[name] = violations;
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
  }
  await page.goto(`${browserMode.origin}/#/customers`);
  await page.getByRole("row", { name: /^Customer Hotel/ }).click();
  await expect(page.getByRole("button", { name: "Edit (E)" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const customer = await seriousViolations(page);
  if (customer.length) found.customer = customer;
  for (const [name, button] of [
    ["customer form", "Edit (E)"],
    ["order form", "New order"],
  ] as const) {
    await page.getByRole("button", { name: button }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    const violations = await seriousViolations(page);
    if (violations.length) found[name] = violations;
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
  }
  await page.goto(`${browserMode.origin}/#/orders`);
  await page.getByRole("button", { name: "Import…" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  const importing = await seriousViolations(page);
  if (importing.length) found.import = importing;
  expect(found).toEqual({});
});

/** Signs in as a dispatcher and reads the number of the fourth order the Orders list shows. */
async function fourthOrderNumber(page: Page, browserMode: BrowserMode) {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page.goto(`${browserMode.origin}/#/orders`);
  return page
    .getByRole("row", { name: /^Order C-/ })
    .nth(3)
    .getByRole("cell")
    .first()
    .innerText();
}

test("a new user finds an order with Ctrl+K and a few letters, without the mouse", async ({
  page,
  browserMode,
}) => {
  const number = await fourthOrderNumber(page, browserMode);
  await page.keyboard.press("Control+k");
  await expect(
    page.getByRole("textbox", { name: "Search the console" }),
  ).toBeFocused();
  // Year and sequence ("2026-02238"): the sequence alone can match the same number of another year.
  await page.keyboard.type(number.slice(-10));
  // The list answers the whole text typed, not a shorter one still shown while the last answer
  // comes (on a busy machine "2026-0223" lists ten orders, and Enter would open the first of those).
  await expect(page.getByText(/^C-\d{4}-\d{5} ·/)).toHaveCount(1);
  await expect(page.getByText(new RegExp(`^${number} ·`))).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: number }),
  ).toBeVisible();
});

test("the search palette finds by any part of a number, forgives a typo, runs commands, and Enter opens the first", async ({
  page,
  browserMode,
}) => {
  const number = await fourthOrderNumber(page, browserMode);
  const search = page.getByRole("textbox", { name: "Search the console" });
  // "6-0223" from C-2026-02238: the middle of the number, no word start.
  const middle = number.slice(-7, -1);
  await page.keyboard.press("Control+k");
  await expect(search).toBeFocused();
  await page.keyboard.type(middle);
  await expect(page.getByText(/^C-\d{4}-\d{5} ·/).first()).toContainText(
    middle,
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/orders\/\d+/);
  await expect(
    page.getByRole("heading", { level: 1, name: new RegExp(middle) }),
  ).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();

  // A customer's name with two letters swapped finds the customer, and says it is a near match.
  await page.goto(`${browserMode.origin}/#/customers`);
  const customer = (
    (await page
      .getByRole("row", { name: /^Customer / })
      .filter({ has: page.getByRole("cell") })
      .first()
      .getAttribute("aria-label")) ?? ""
  ).replace(/^Customer /, "");
  const longest = customer
    .split(" ")
    .sort((a, b) => b.length - a.length)[0] as string;
  test.skip(longest.length < 7, `no long word in ${customer}`);
  const typo = `${longest.slice(0, 3)}${longest[4]}${longest[3]}${longest.slice(5)}`;
  await page.keyboard.press("Control+k");
  await search.fill(typo);
  await expect(page.getByText(/within one typo/i)).toBeVisible();
  await expect(
    page.getByRole("button", { name: new RegExp(customer) }).first(),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // Commands: "quali" offers going to Quality, selected first; Enter goes.
  await page.keyboard.press("Control+k");
  await search.fill("go to quali");
  await expect(page.getByText("Go to Quality")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/quality/);
});
