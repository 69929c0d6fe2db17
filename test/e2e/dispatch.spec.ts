import { expect, signInAs, test } from "./browser-mode";

test("a dispatcher assigns the top candidate of a key-account order, sees it leave the queue, and can cancel it", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page
    .getByRole("navigation", { name: "Console areas" })
    .getByRole("link", { name: "Dispatch" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Dispatch" }),
  ).toBeVisible();

  // Key accounts come first in the queue.
  const first = page
    .getByRole("listbox", { name: "Open orders" })
    .getByRole("option")
    .first();
  await expect(first).toHaveAccessibleName(/key account/i);
  const number =
    /C-\d{4}-\d{5}/.exec((await first.textContent()) ?? "")?.[0] ?? "";
  await first.click();
  await expect(
    page.getByText("Key account: highly rated partners only."),
  ).toBeVisible();

  const top = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "1", exact: true }) })
    .first();
  await expect(top.getByText("Highly rated", { exact: true })).toBeVisible();
  const partner = (await top.getByRole("link").first().textContent()) ?? "";
  await top.getByRole("button", { name: /^Assign to/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: "Assign" })
    .click();
  await expect(
    page.getByText(`${number} is assigned to ${partner}.`),
  ).toBeVisible();
  await expect(
    page.getByRole("option", { name: new RegExp(number) }),
  ).toHaveCount(0);

  // The order page shows the partner; cancelling sends the order back to the queue.
  await page.goto(`${browserMode.origin}/#/orders?q=${number}`);
  await page.getByRole("row", { name: `Order ${number}` }).click();
  await expect(page.getByRole("link", { name: partner })).toBeVisible();
  await page.getByRole("button", { name: "Cancel assignment" }).click();
  await page
    .getByRole("dialog")
    .getByLabel("Reason")
    .fill("Customer moved the installation to spring.");
  await page
    .getByRole("dialog")
    .getByRole("button", { name: "Cancel assignment" })
    .click();
  await expect(page.getByText("No partner assigned")).toBeVisible();
  await page.getByRole("tab", { name: "History" }).click();
  await expect(
    page.getByRole("cell", {
      name: "Customer moved the installation to spring.",
    }),
  ).toBeVisible();
});
