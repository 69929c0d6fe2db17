import type { Page } from "@playwright/test";
import { expect, press, signInAs, test } from "./browser-mode";

/** Mantine's stars are visually hidden radios: choose one with the keyboard, as a keyboard user does. */
async function chooseStar(page: Page, name: string) {
  const star = page.getByRole("radio", { name, exact: true });
  await star.focus();
  await page.keyboard.press("Space");
  await expect(star).toBeChecked();
}

test("Home's tile of orders to rate opens the approved orders not rated yet, as many as it counts", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Ruben IJzerman, Account manager");
  const tile = page
    .getByRole("link", { name: /Approved orders to rate/ })
    .locator("xpath=ancestor::div[contains(@class,'Paper')][1]");
  const counted = (await tile.locator("p").first().textContent())?.trim();
  expect(Number(counted?.replace(/[^0-9]/g, ""))).toBeGreaterThan(0);
  await page.getByRole("link", { name: /Approved orders to rate/ }).click();
  await expect(page).toHaveURL(/status=approved/);
  await expect(page).toHaveURL(/rated=no/);
  await expect(page.getByRole("textbox", { name: "Rating" })).toHaveValue(
    "Not rated yet",
  );
  await expect(
    page.getByText(new RegExp(`^${counted} orders?$`)),
  ).toBeVisible();
});

test("an account manager rates an approved order with the keyboard and sees the partner's rating move", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Ruben IJzerman, Account manager");

  // Find the newest approved order nobody has rated yet, through the same API the screens use.
  const target = await page.evaluate(async () => {
    const headers = {
      "Content-Type": "application/json",
      Authorization: `Bearer ${sessionStorage.getItem("cutr.token")}`,
      "X-Cutr-Session": sessionStorage.getItem("cutr.session") ?? "",
    };
    const post = async (method: string, body: unknown) =>
      (await (
        await fetch(`/api/${method}`, {
          method: "POST",
          headers,
          body: JSON.stringify(body),
        })
      ).json()) as {
        value: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test-only probe
      };
    const page = await post("orders.list", {
      filter: { status: ["approved"] },
      sort: { column: "createdAt", direction: "desc" },
      limit: 50,
    });
    for (const order of page.value.rows) {
      const suggestion = await post("ratings.suggest", { orderId: order.id });
      if (suggestion.value.current === null)
        return { id: order.id as number, partnerId: order.partnerId as number };
    }
    return null;
  });
  expect(target).not.toBeNull();

  await page.goto(`${browserMode.origin}/#/partners/${target!.partnerId}`);
  const ratingBefore = await page
    .getByText("Rating (24 months)")
    .locator("xpath=following-sibling::*[1]")
    .textContent();

  await page.goto(`${browserMode.origin}/#/orders/${target!.id}`);
  await press(page.getByRole("tab", { name: "Rating" }));
  await chooseStar(page, "Communication: 1 star");
  await chooseStar(page, "Quality: 1 star");
  await chooseStar(page, "Customer satisfaction: 1 star");
  await expect(page.getByText(/Order score: \d\.\d\d/)).toBeVisible();
  await press(page.getByRole("button", { name: "Save rating" }));
  await expect(page.getByText(/^Rated \d\.\d\d$/)).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Revise rating" }),
  ).toBeVisible();

  await page.goto(`${browserMode.origin}/#/partners/${target!.partnerId}`);
  await expect(
    page.getByRole("heading", { name: "Rating over the last 24 months" }),
  ).toBeVisible();
  // The page may first show the rating it had cached, then the new one: wait for what the user
  // ends up seeing, not for a moment.
  const ratingShown = page
    .getByText("Rating (24 months)")
    .locator("xpath=following-sibling::*[1]");
  await expect
    .poll(async () => Number(await ratingShown.textContent()))
    .toBeLessThan(Number(ratingBefore ?? "5.01"));
});

test("Ctrl+Enter saves a rating and opens the next approved order waiting for one", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Ruben IJzerman, Account manager");
  await page.goto(`${browserMode.origin}/#/orders?status=approved&rated=no`);
  const first = page.getByRole("row", { name: /^Order C-/ }).first();
  await expect(first).toBeVisible();
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/orders\/\d+/);
  const rated = page.url();
  await press(page.getByRole("tab", { name: "Rating" }));
  // Stars still as suggested are marked so; choosing one confirms it.
  await expect(page.getByText(/not yet confirmed/).first()).toBeVisible();
  await chooseStar(page, "Quality: 4 stars");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText(/^Rated \d\.\d\d$/)).toBeVisible();
  await expect(page).toHaveURL(/#\/orders\/\d+\?tab=rating/);
  expect(page.url()).not.toBe(rated);
  await expect(
    page.getByRole("button", { name: "Save and rate next" }),
  ).toBeVisible();
});
