import type { Page } from "@playwright/test";
import { expect, press, test } from "./browser-mode";

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
    /C-\d{4}-\d{5}/.exec((await first.getAttribute("aria-label")) ?? "")?.[0] ??
    "";
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
