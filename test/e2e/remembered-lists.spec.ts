import { expect, signInAs, test } from "./browser-mode";

test("each list's sort, filters and search come back when the user returns to it", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Ruben IJzerman, Account manager");
  const nav = page.getByRole("navigation");

  await nav.getByRole("link", { name: "Partners" }).click();
  await page.getByRole("button", { name: "Partner", exact: true }).click();
  await page
    .getByRole("textbox", { name: "Search partners" })
    .fill("houtbewerking");
  // The whole address, not one part of it: the search must keep the sort chosen before it.
  await expect(page).toHaveURL(/\?sort=name&dir=desc&q=houtbewerking$/);
  const nameHeader = page.getByRole("columnheader", { name: "Partner" });
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");

  await nav.getByRole("link", { name: "Orders" }).click();
  await page.getByRole("textbox", { name: "Rating" }).click();
  await page.getByRole("option", { name: "Not rated yet" }).click();
  await expect(page).toHaveURL(/rated=no/);

  await nav.getByRole("link", { name: "Partners" }).click();
  await expect(page).toHaveURL(
    /#\/partners\?sort=name&dir=desc&q=houtbewerking$/,
  );
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  await expect(
    page.getByRole("textbox", { name: "Search partners" }),
  ).toHaveValue("houtbewerking");
  await expect(
    page.getByRole("row", { name: /^Partner .*houtbewerking/i }).first(),
  ).toBeVisible();

  await nav.getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("textbox", { name: "Rating" })).toHaveValue(
    "Not rated yet",
  );
});
