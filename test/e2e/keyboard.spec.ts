import type { Page } from "@playwright/test";
import { expect, press, signInAs, test } from "./browser-mode";

const nav = (page: Page, area: string) =>
  page
    .getByRole("navigation", { name: "Console areas" })
    .getByRole("link", { name: area });

test("a dispatcher signs in and assigns an order with the keyboard alone", async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await press(
    page.getByRole("listitem", {
      name: /^Sign in as Daan Janssen, Dispatcher/,
    }),
  );
  await expect(
    page.getByRole("heading", { level: 1, name: /^Good to see you/ }),
  ).toBeVisible();
  await press(nav(page, "Dispatch"));
  const first = page
    .getByRole("listbox", { name: "Open orders" })
    .getByRole("option")
    .first();
  const number =
    /C-\d{4}-\d{5}/.exec((await first.textContent()) ?? "")?.[0] ?? "";
  await press(first);
  const assign = page.getByRole("button", { name: /^Assign to/ }).first();
  const partner = ((await assign.getAttribute("aria-label")) ?? "").replace(
    "Assign to ",
    "",
  );
  await press(assign);
  const dialog = page.getByRole("dialog");
  await press(dialog.getByRole("button", { name: "Assign", exact: true }));
  await expect(
    page.getByText(`${number} is assigned to ${partner}.`),
  ).toBeVisible();
  await expect(
    page.getByRole("option", { name: new RegExp(number) }),
  ).toHaveCount(0);
});

test("a dispatcher works down the queue with J, A and Enter: each assignment opens the next order", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page.goto(`${browserMode.origin}/#/dispatch`);
  const queue = page.getByRole("listbox", { name: "Open orders" });
  await expect(queue.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("j");
  await expect(queue.getByRole("option").first()).toBeFocused();
  await page.keyboard.press("Enter");
  for (let round = 0; round < 3; round++) {
    const selected = queue.locator('[aria-selected="true"]');
    await expect(selected).toHaveCount(1);
    const label = (await selected.textContent()) ?? "";
    const number = /C-\d{4}-\d{5}/.exec(label)?.[0] ?? "";
    const labels = await Promise.all(
      (await queue.getByRole("option").all()).map(
        async (o) => (await o.textContent()) ?? "",
      ),
    );
    const below = labels[labels.findIndex((l) => l.includes(number)) + 1];
    const next = /C-\d{4}-\d{5}/.exec(below ?? "")?.[0];
    await expect(
      page.getByRole("heading", { level: 2, name: number }),
    ).toBeVisible();
    await page.keyboard.press("a");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    // A key account given to a partner below its tier asks why; Ctrl+Enter confirms either way.
    const reason = dialog.getByRole("textbox");
    if (await reason.isVisible()) {
      await page.keyboard.type("Only partner with the capacity this week");
    }
    await page.keyboard.press("Control+Enter");
    await expect(
      page.getByText(new RegExp(`^${number} is assigned to`)),
    ).toBeVisible();
    await expect(
      queue.getByRole("option", { name: new RegExp(number) }),
    ).toHaveCount(0);
    // The order below the assigned one is open now, without a key or a click.
    await expect(
      page.getByRole("heading", { level: 2, name: next ?? "" }),
    ).toBeVisible();
  }
});

test("J, K and Enter move through the Orders list and open an order", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page.goto(`${browserMode.origin}/#/orders`);
  const rows = page.getByRole("row", { name: /^Order C-/ });
  await expect(rows.first()).toBeVisible();
  await page.keyboard.press("j");
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toBeFocused();
  const number = /C-\d{4}-\d{5}/.exec(
    (await rows.nth(1).getAttribute("aria-label")) ?? "",
  )?.[0];
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/orders\/\d+/);
  await expect(
    page.getByRole("heading", { level: 1, name: new RegExp(number ?? "-") }),
  ).toBeVisible();
});

test("the shortcut overlay lists the keys the console answers, per area", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page.keyboard.press("?");
  const overlay = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(overlay).toBeVisible();
  for (const does of [
    "Next row",
    "Open the row",
    "Assign the order to the first candidate",
    "Reject at once for a quick reason: 1 blurred … 5 packing",
  ])
    await expect(overlay.getByText(does)).toBeVisible();
  await expect(overlay.getByText("1–5")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(overlay).toBeHidden();
});
