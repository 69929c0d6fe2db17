import { expect, signInAs, test } from "./browser-mode";

test.describe("Orders in browser mode", () => {
  test.beforeEach(async ({ page, browserMode }) => {
    await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
    await page
      .getByRole("navigation", { name: "Console areas" })
      .getByRole("link", { name: "Orders" })
      .click();
    await expect(page.getByText("5,000 orders")).toBeVisible();
  });

  test("signs in, lists the demo orders and keeps the token out of the address bar", async ({
    page,
  }) => {
    await expect(page.getByText("5,000 orders")).toBeVisible();
    await expect(
      page.getByRole("row", { name: /^Order C-/ }).first(),
    ).toBeVisible();
    expect(page.url()).not.toContain("token=");
  });

  test("sorts by order number both ways", async ({ page }) => {
    const firstNumber = () =>
      page
        .getByRole("row", { name: /^Order C-/ })
        .first()
        .getAttribute("aria-label");
    await page.getByRole("button", { name: "Order", exact: true }).click();
    await expect(
      page.getByRole("columnheader", { name: "Order" }),
    ).toHaveAttribute("aria-sort", "ascending");
    await expect.poll(firstNumber).toBe("Order C-2024-00001");
    await page.getByRole("button", { name: "Order", exact: true }).click();
    await expect(
      page.getByRole("columnheader", { name: "Order" }),
    ).toHaveAttribute("aria-sort", "descending");
    await expect.poll(firstNumber).toMatch(/^Order C-2026-/);
  });

  test("filters by status and finds an order by search", async ({ page }) => {
    await page.getByRole("textbox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Open" }).click();
    await page.keyboard.press("Escape");
    await expect(page.getByText(/^\d+ orders$/)).not.toHaveText("5,000 orders");
    const statuses = await page
      .getByRole("row", { name: /^Order C-/ })
      .locator("td:nth-child(2)")
      .allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["Open"]));

    await page
      .getByRole("textbox", { name: "Search orders" })
      .fill("IJsselmeerdijk");
    await expect(page.getByText("Matching “IJsselmeerdijk”")).toBeVisible();
  });

  test("searches with the keyboard and opens an order", async ({ page }) => {
    await page.keyboard.press("/");
    await page.keyboard.type("C-2024-00001");
    await expect(page.getByText("1 order", { exact: true })).toBeVisible();
    await page.getByRole("row", { name: "Order C-2024-00001" }).click();
    await expect(
      page.getByRole("heading", { name: "C-2024-00001" }),
    ).toBeVisible();
    for (const tab of [
      "Project",
      "Fulfilment",
      "Files",
      "Messages",
      "Rating",
      "History",
    ]) {
      await page.getByRole("tab", { name: tab }).click();
      await expect(page.getByRole("tabpanel", { name: tab })).toBeVisible();
    }
    await page.getByRole("link", { name: "Orders" }).first().click();
    await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  });

  test("the Outbox says why due emails wait, and leads to where that is mended", async ({
    page,
  }) => {
    await page
      .getByRole("navigation", { name: "Console areas" })
      .getByRole("link", { name: "Outbox" })
      .click();
    const note = page.getByRole("alert");
    await expect(note).toContainText(/\d+ due emails? (is|are) waiting/);
    await expect(note).toContainText("No mail server is set up.");
    await note.getByRole("link", { name: "Settings" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Settings" }),
    ).toBeVisible();
  });

  test("every area of the navigation opens and says what it holds", async ({
    page,
  }) => {
    const headings: Record<string, string> = {
      Home: "Good to see you, Daan",
      Dispatch: "Dispatch",
      Quality: "Quality review",
      Partners: "Partners",
      Customers: "Customers",
      Messages: "Messages",
      Outbox: "Outbox",
      Settings: "Settings",
    };
    for (const [area, heading] of Object.entries(headings)) {
      await page
        .getByRole("navigation", { name: "Console areas" })
        .getByRole("link", { name: area })
        .click();
      await expect(
        page.getByRole("heading", { level: 1, name: heading }),
      ).toBeVisible();
    }
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(
      page.getByText("Choose who you are to sign in."),
    ).toBeVisible();
  });
});
